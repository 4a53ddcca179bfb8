package uk.apassure.placement;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import uk.apassure.base.db.JpqlFilter;

/**
 * JPQL for the placements grid. The scope (the user's school, or the trust's schools) is the first
 * condition of every query; sorting is by a fixed list of columns, never by text from the request.
 */
class PlacementQueriesImpl implements PlacementQueries {

    /** Each with an index that starts (school, column, start): V13. */
    private static final Map<String, String> SORTABLE = Map.of(
            "pupil", "p.pupilSortName",
            "type", "p.type",
            "status", "p.status",
            "startsOn", "p.startsOn");

    private final EntityManager em;

    PlacementQueriesImpl(EntityManager em) {
        this.em = em;
    }

    /**
     * The page's ids first, from an index alone (V13: every filtered column is in the index that
     * orders them), then those rows with their pupils: a filter that passes over thousands of
     * rows reads index entries, not rows.
     */
    @Override
    public List<PlacementGridRow> findRows(Collection<Long> schools, PlacementFilter filter, FlagFacts facts,
            Pageable page) {
        // then by start and id in the same direction, as the indexes hold them
        String direction = page.getSort().stream().findFirst()
                .filter(order -> SORTABLE.containsKey(order.getProperty()))
                .map(order -> order.isAscending() ? " asc" : " desc").orElse(" desc");
        List<Long> ids = where(schools, filter, facts).page(em, "select p.id from Placement p",
                JpqlFilter.orderBy(page.getSort(), SORTABLE, "p.startsOn desc",
                        "p.startsOn" + direction + ", p.id" + direction), Long.class, page);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PlacementGridRow> rows = em.createQuery("select new uk.apassure.placement.PlacementGridRow(p.id,"
                + " p.schoolId, pu.firstName, pu.lastName, pu.upn, pu.yearGroup, p.type, p.status, p.startsOn,"
                + " p.endsOn, p.noticeLateFrom, p.reviewOverdueFrom) from Placement p join p.pupil pu where p.id in :ids",
                PlacementGridRow.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(PlacementGridRow::id, Function.identity()));
        return ids.stream().map(rows::get).toList();
    }

    /**
     * A filter of school and status alone is added up from the counts the triggers keep (V37): a
     * trust's 200,000 rows are not counted on every opening of the grid. Any other filter counts its
     * rows from the indexes.
     */
    @Override
    public long countRows(Collection<Long> schools, PlacementFilter filter, FlagFacts facts) {
        if (keptCountAnswers(filter)) {
            return keptCount(schools, filter);
        }
        return where(schools, filter, facts).query(em, "select count(p) from Placement p", "", Long.class)
                .getSingleResult();
    }

    static boolean keptCountAnswers(PlacementFilter filter) {
        return filter.providerId() == null && filter.type() == null && filter.startsFrom() == null
                && filter.startsTo() == null && filter.flags().isEmpty();
    }

    private long keptCount(Collection<Long> schools, PlacementFilter filter) {
        List<Long> inScope = filter.schoolId() == null ? List.copyOf(schools)
                : schools.contains(filter.schoolId()) ? List.of(filter.schoolId()) : List.of();
        if (inScope.isEmpty()) {
            return 0;
        }
        var query = em.createNativeQuery("select coalesce(sum(n), 0) from placement_count where school_id in (:schools)"
                + (filter.status() == null ? "" : " and status = :status"))
                .setParameter("schools", inScope);
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    public List<PlacementCount> keptCountsByStatus(Collection<Long> schools) {
        if (schools.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select status, sum(n) from placement_count"
                + " where school_id in (:schools) group by status having sum(n) > 0 order by status", Object[].class)
                .setParameter("schools", schools).getResultList();
        return rows.stream().map(row -> new PlacementCount(PlacementStatus.valueOf((String) row[0]),
                ((Number) row[1]).longValue())).toList();
    }

    private static JpqlFilter where(Collection<Long> schools, PlacementFilter filter, FlagFacts facts) {
        // an empty scope matches nothing (an IN list cannot be empty)
        JpqlFilter where = new JpqlFilter("p.schoolId in :schools", "schools", schools.isEmpty() ? List.of(-1L)
                : schools);
        for (PlacementFlag flag : filter.flags()) {
            condition(where, flag, facts);
        }
        return where
                .and("p.schoolId = :school", "school", filter.schoolId())
                .and("p.status = :status", "status", filter.status())
                .and("p.type = :type", "type", filter.type())
                .and("p.startsOn >= :startsFrom", "startsFrom", filter.startsFrom())
                .and("p.startsOn <= :startsTo", "startsTo", filter.startsTo())
                .and("exists (select 1 from Placement q join q.sessions s where q = p and s.providerId = :provider)",
                        "provider", filter.providerId());
    }

    /** The SQL side of each flag; {@link PlacementGrid#flags} is the same test on one row. */
    private static void condition(JpqlFilter where, PlacementFlag flag, FlagFacts facts) {
        switch (flag) {
            // sent after the last day, or not sent and the last day has passed (V13: notice_late_from)
            case NOTICE_LATE -> where.and("p.noticeLateFrom <= :noticeToday").with("noticeToday", facts.today());
            // the half-term or term that owed a review has ended without one (V25: review_overdue_from)
            case REVIEW_OVERDUE -> where.and("p.reviewOverdueFrom <= :reviewToday").with("reviewToday", facts.today());
            // a session at a provider over the trigger (an IN list cannot be empty: no provider has id -1)
            case REGISTRATION_TRIGGER -> where.and("exists (select 1 from Placement t join t.sessions ts where t = p"
                    + " and ts.providerId in :triggerProviders)").with("triggerProviders",
                    facts.triggerProviders().isEmpty() ? List.of(-1L) : facts.triggerProviders());
        }
    }
}
