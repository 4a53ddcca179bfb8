package uk.apassure.placement;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import uk.apassure.base.db.JpqlFilter;

/**
 * JPQL for the placements grid. The scope (the user's school, or the trust's schools) is the first
 * condition of every query; sorting is by a fixed list of columns, never by text from the request.
 */
class PlacementQueriesImpl implements PlacementQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "pupil", "pu.lastName",
            "yearGroup", "pu.yearGroup",
            "type", "p.type",
            "status", "p.status",
            "startsOn", "p.startsOn",
            "endsOn", "p.endsOn");

    private final EntityManager em;

    PlacementQueriesImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<PlacementGridRow> findRows(Collection<Long> schools, PlacementFilter filter, LocalDate today,
            Pageable page) {
        return where(schools, filter, today).page(em, "select new uk.apassure.placement.PlacementGridRow(p.id,"
                + " p.schoolId, pu.firstName, pu.lastName, pu.upn, pu.yearGroup, p.type, p.status, p.startsOn,"
                + " p.endsOn, p.noticeSentOn, p.noticeDueBy) from Placement p join p.pupil pu",
                JpqlFilter.orderBy(page.getSort(), SORTABLE, "p.startsOn desc", "p.id desc"), PlacementGridRow.class,
                page);
    }

    @Override
    public long countRows(Collection<Long> schools, PlacementFilter filter, LocalDate today) {
        return where(schools, filter, today).query(em, "select count(p) from Placement p", "", Long.class)
                .getSingleResult();
    }

    private static JpqlFilter where(Collection<Long> schools, PlacementFilter filter, LocalDate today) {
        // an empty scope matches nothing (an IN list cannot be empty)
        JpqlFilter where = new JpqlFilter("p.schoolId in :schools", "schools", schools.isEmpty() ? List.of(-1L)
                : schools);
        for (PlacementFlag flag : filter.flags()) {
            condition(where, flag, today);
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

    /** The SQL side of each flag; {@link PlacementGrid#flags} is the same rule for one row. */
    private static void condition(JpqlFilter where, PlacementFlag flag, LocalDate today) {
        switch (flag) {
            // NoticeRule.isLate: sent after the last day, or not sent and the last day has passed
            case NOTICE_LATE -> where.and("p.noticeSentOn > p.noticeDueBy"
                    + " or (p.noticeSentOn is null and p.noticeDueBy < :noticeToday)").with("noticeToday", today);
        }
    }
}
