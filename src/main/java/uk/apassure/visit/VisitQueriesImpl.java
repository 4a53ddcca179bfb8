package uk.apassure.visit;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import uk.apassure.base.db.JpqlFilter;

/**
 * JPQL for the visit grid: scoped, filtered, sorted by a fixed list of columns, one page at a time.
 *
 * <p>Speed over a million visits (issue 14, VisitGridBenchmark): a school's staff see their
 * school's visits and the ones they recorded elsewhere; when they recorded none elsewhere (the
 * usual case, found from an index) the scope is their school alone, which the indexes serve, not
 * an {@code or} that reads the whole trust. The count reads no join, and with no filter but the
 * status or the school it adds up {@code visit_count} (kept by triggers, V40).
 */
class VisitQueriesImpl implements VisitQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "visitedAt", "v.visitedAt",
            "providerName", "v.providerName",
            "schoolName", "v.schoolName",
            "type", "v.type",
            "status", "v.status",
            "recordedByName", "v.recordedByName");

    private static final String OPEN_CONCERNS = "(select count(c) from SafeguardingConcern c"
            + " where c.visit = v and c.closedAt is null)";
    /** A semi-join from the few open concerns, not a count for every visit in scope. */
    private static final String HAS_OPEN_CONCERN = "v.id in (select c.visit.id from SafeguardingConcern c"
            + " where c.closedAt is null)";
    private static final String CONCERNS = "(select count(c) from SafeguardingConcern c where c.visit = v)";

    private final EntityManager em;

    VisitQueriesImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<VisitRow> findRows(VisitScope scope, VisitFilter filter, Pageable page) {
        boolean elsewhere = recordedElsewhere(scope);
        Sort sort = oneSchool(scope, filter, elsewhere) ? bySchoolIsByTime(page.getSort()) : page.getSort();
        // the tie-break (the visit's time, then its id) follows the sort's direction, so one index
        // (e.g. trust, type, time) serves both directions (V40)
        String tieBreak = sort.stream().findFirst().filter(order -> SORTABLE.containsKey(order.getProperty()))
                .map(order -> {
                    String direction = order.isAscending() ? " asc" : " desc";
                    return order.getProperty().equals("visitedAt") ? "v.id" + direction
                            : "v.visitedAt" + direction + ", v.id" + direction;
                }).orElse("v.id desc");
        // no join: the visit keeps its provider's and school's names (V44), so every sort and
        // filter is read from the visit's own indexes
        return where(scope, filter, elsewhere).page(em, "select new uk.apassure.visit.VisitRow(v.id,"
                + " v.visitedAt, v.providerName, v.schoolName, v.type, v.status, v.recordedByName, v.visitors, "
                + OPEN_CONCERNS + ", " + CONCERNS + ") from Visit v",
                JpqlFilter.orderBy(sort, SORTABLE, "v.visitedAt desc", tieBreak), VisitRow.class, page);
    }

    /** Whether every visit in this scope and filter is of one school (whose name is then the same in every row). */
    private static boolean oneSchool(VisitScope scope, VisitFilter filter, boolean recordedElsewhere) {
        return filter.schoolId() != null || (!scope.wholeTrust() && !recordedElsewhere);
    }

    /**
     * Within one school, the sort by school name is the sort by time in the same direction (the name
     * is the same in every row, and the tie-break is the time then the id), which the indexes serve.
     */
    private static Sort bySchoolIsByTime(Sort sort) {
        return Sort.by(sort.stream().map(order -> order.getProperty().equals("schoolName")
                ? order.withProperty("visitedAt") : order).toList());
    }

    @Override
    public long countRows(VisitScope scope, VisitFilter filter) {
        boolean elsewhere = recordedElsewhere(scope);
        if (!elsewhere && filter.equals(VisitFilter.ANY.withStatus(filter.status()).withSchool(filter.schoolId()))) {
            return tally(scope, filter);
        }
        // no join: every visit has its provider and school, and the count reads only the visit's indexes
        return where(scope, filter, elsewhere).query(em, "select count(v) from Visit v", "", Long.class)
                .getSingleResult();
    }

    /** Whether a school's member of staff recorded visits of another school (which they see too). */
    private boolean recordedElsewhere(VisitScope scope) {
        if (scope.wholeTrust()) {
            return false;
        }
        return !em.createQuery("select v.id from Visit v where v.recordedById = :userId and v.schoolId <> :schoolId",
                Long.class).setParameter("userId", scope.userId())
                .setParameter("schoolId", scope.schoolId() == null ? -1L : scope.schoolId())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The count from the per-school, per-status tally (V40), for a scope without visits recorded elsewhere. */
    private long tally(VisitScope scope, VisitFilter filter) {
        if (!scope.wholeTrust() && scope.schoolId() == null) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("SELECT COALESCE(SUM(c.n), 0) FROM visit_count c"
                + " JOIN school s ON s.id = c.school_id WHERE s.trust_id = :trustId");
        if (!scope.wholeTrust()) {
            sql.append(" AND c.school_id = :ownSchool");
        }
        if (filter.schoolId() != null) {
            sql.append(" AND c.school_id = :oneSchool");
        }
        if (filter.status() != null) {
            sql.append(" AND c.status = :status");
        }
        var query = em.createNativeQuery(sql.toString(), Long.class).setParameter("trustId", scope.trustId());
        if (!scope.wholeTrust()) {
            query.setParameter("ownSchool", scope.schoolId());
        }
        if (filter.schoolId() != null) {
            query.setParameter("oneSchool", filter.schoolId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static JpqlFilter where(VisitScope scope, VisitFilter filter, boolean recordedElsewhere) {
        JpqlFilter where = new JpqlFilter("v.trustId = :trustId", "trustId", scope.trustId());
        if (!scope.wholeTrust() && recordedElsewhere) {
            where.and("v.recordedById = :userId or v.schoolId = :schoolId")
                    .with("userId", scope.userId())
                    .with("schoolId", scope.schoolId() == null ? -1L : scope.schoolId());
        } else if (!scope.wholeTrust()) {
            where.and("v.schoolId = :schoolId").with("schoolId", scope.schoolId() == null ? -1L : scope.schoolId());
        }
        if (filter.openConcern()) {
            where.and(HAS_OPEN_CONCERN);
        }
        if (filter.judgement() == Judgement.CONCERN) {
            // a concern in any area is a column the database keeps, with its indexes (V44)
            where.and("v.anyConcern = true");
        }
        return where
                .and("v.recordedById = :me", "me", filter.mine() ? scope.userId() : null)
                .and("v.provider.id = :providerId", "providerId", filter.providerId())
                .and("v.schoolId = :oneSchool", "oneSchool", filter.schoolId())
                .and("v.visitedAt >= :from", "from", filter.from() == null ? null : filter.from().atStartOfDay())
                .and("v.visitedAt < :to", "to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay())
                .and("v.type = :type", "type", filter.type())
                .and("v.status = :status", "status", filter.status())
                .and("v.judgementSafeguarding = :judgement or v.judgementTeaching = :judgement"
                        + " or v.judgementBehaviour = :judgement or v.judgementAttendance = :judgement"
                        + " or v.judgementSiteSafety = :judgement", "judgement",
                        filter.judgement() == Judgement.CONCERN ? null : filter.judgement());
    }
}
