package uk.apassure.visit;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import uk.apassure.base.db.JpqlFilter;

/** JPQL for the visit grid: scoped, filtered, sorted by a fixed list of columns, one page at a time. */
class VisitQueriesImpl implements VisitQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "visitedAt", "v.visitedAt",
            "providerName", "p.name",
            "schoolName", "s.name",
            "type", "v.type",
            "status", "v.status",
            "recordedByName", "v.recordedByName");

    private static final String OPEN_CONCERNS = "(select count(c) from SafeguardingConcern c"
            + " where c.visit = v and c.closedAt is null)";
    private static final String CONCERNS = "(select count(c) from SafeguardingConcern c where c.visit = v)";

    private final EntityManager em;

    VisitQueriesImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<VisitRow> findRows(VisitScope scope, VisitFilter filter, Pageable page) {
        return where(scope, filter).page(em, "select new uk.apassure.visit.VisitRow(v.id, v.visitedAt, p.name, s.name,"
                + " v.type, v.status, v.recordedByName, v.visitors, " + OPEN_CONCERNS + ", " + CONCERNS + ")"
                + " from Visit v join v.provider p, uk.apassure.organisation.School s",
                JpqlFilter.orderBy(page.getSort(), SORTABLE, "v.visitedAt desc", "v.id desc"), VisitRow.class, page);
    }

    @Override
    public long countRows(VisitScope scope, VisitFilter filter) {
        return where(scope, filter).query(em, "select count(v) from Visit v join v.provider p,"
                + " uk.apassure.organisation.School s", "", Long.class).getSingleResult();
    }

    private static JpqlFilter where(VisitScope scope, VisitFilter filter) {
        JpqlFilter where = new JpqlFilter("v.trustId = :trustId", "trustId", scope.trustId()).and("s.id = v.schoolId");
        if (!scope.wholeTrust()) {
            where.and("v.recordedById = :userId or v.schoolId = :schoolId")
                    .with("userId", scope.userId())
                    .with("schoolId", scope.schoolId() == null ? -1L : scope.schoolId());
        }
        if (filter.openConcern()) {
            where.and(OPEN_CONCERNS + " > 0");
        }
        return where
                .and("v.recordedById = :me", "me", filter.mine() ? scope.userId() : null)
                .and("p.id = :providerId", "providerId", filter.providerId())
                .and("v.schoolId = :oneSchool", "oneSchool", filter.schoolId())
                .and("v.visitedAt >= :from", "from", filter.from() == null ? null : filter.from().atStartOfDay())
                .and("v.visitedAt < :to", "to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay())
                .and("v.type = :type", "type", filter.type())
                .and("v.status = :status", "status", filter.status())
                .and("v.judgementSafeguarding = :judgement or v.judgementTeaching = :judgement"
                        + " or v.judgementBehaviour = :judgement or v.judgementAttendance = :judgement"
                        + " or v.judgementSiteSafety = :judgement", "judgement", filter.judgement());
    }
}
