package uk.apassure.placement;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.Session;

/**
 * Active placements' weeks read as columns (the pupil's name and UPN, the dates, the sessions), never
 * as entities: attendance reads thousands of them a page (issue 10's benchmark). Scope and permission
 * are {@link PlacementService}'s.
 */
@Component
class ActiveWeeks {

    private final EntityManager em;

    ActiveWeeks(EntityManager em) {
        this.em = em;
    }

    /**
     * The active placements of the schools with their weeks; with {@code on}, only those running that
     * day (started, not ended) with their sessions of that weekday, which is all a day's register needs.
     */
    List<PlacementWeek> of(Collection<Long> schools, @Nullable LocalDate on) {
        String day = on == null ? ""
                : " and p.startsOn <= :on and (p.endsOn is null or p.endsOn >= :on) and s.day = :day";
        var query = em.createQuery("""
                select p.id, p.schoolId, pu.firstName, pu.lastName, pu.upn, p.type, p.startsOn, p.endsOn,
                       p.dualRegistration, s.day, s.session, s.providerId, s.siteId, s.startsAt, s.endsAt
                from Placement p join p.pupil pu join p.sessions s
                where p.schoolId in :schools and p.status = uk.apassure.placement.PlacementStatus.ACTIVE"""
                + day + " order by p.startsOn, p.id", Object[].class).setParameter("schools", schools);
        if (on != null) {
            query.setParameter("on", on).setParameter("day", on.getDayOfWeek());
        }
        Map<Long, Object[]> placements = new LinkedHashMap<>();
        Map<Long, List<TimetableSession>> sessions = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            long id = (Long) row[0];
            placements.putIfAbsent(id, row);
            sessions.computeIfAbsent(id, k -> new ArrayList<>()).add(new TimetableSession((DayOfWeek) row[9],
                    (Session) row[10], (Long) row[11], (Long) row[12], (LocalTime) row[13], (LocalTime) row[14]));
        }
        List<PlacementWeek> weeks = new ArrayList<>(placements.size());
        placements.forEach((id, row) -> weeks.add(new PlacementWeek(id, (Long) row[1], row[2] + " " + row[3],
                (String) row[4], (PlacementType) row[5], (LocalDate) row[6], (LocalDate) row[7], (Boolean) row[8],
                new Timetable(sessions.get(id)))));
        return weeks;
    }
}
