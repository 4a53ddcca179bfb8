package uk.apassure.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.placement.PlacementWeek;
import uk.apassure.placement.ProviderAttendance;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * Last week's attendance per placement and provider for a page of the placements grid, counted by
 * MariaDB ({@link AttendanceQueries}) on each school's school days of that week. The placements come
 * from the grid's scoped query; the figures are shown only to those who read attendance.
 */
@Component
@Transactional(readOnly = true)
class ProviderAttendanceFigures implements ProviderAttendance {

    private final AttendanceQueries queries;
    private final SchoolCalendars calendars;
    private final AccessGuard access;

    ProviderAttendanceFigures(AttendanceQueries queries, SchoolCalendars calendars, AccessGuard access) {
        this.queries = queries;
        this.calendars = calendars;
        this.access = access;
    }

    @Override
    public Map<Long, Map<Long, Integer>> lastWeek(Collection<PlacementWeek> placements, LocalDate today) {
        if (placements.isEmpty() || !access.isPermitted(Permission.ATTENDANCE_READ)) {
            return Map.of();
        }
        Set<Long> schools = placements.stream().map(PlacementWeek::schoolId).collect(Collectors.toSet());
        Set<Long> ids = placements.stream().map(PlacementWeek::id).collect(Collectors.toSet());
        return percents(queries.byPlacementAndProvider(lastWeek(schools, calendars, today), ids));
    }

    /** The school week before the one holding {@code today}, Monday to Friday, on each school's calendar. */
    static SchoolDays lastWeek(Collection<Long> schools, SchoolCalendars calendars, LocalDate today) {
        return SchoolDays.of(schools, calendars, AttendanceRules.mondayOf(today).minusWeeks(1));
    }

    /** Rounded percentages; a placement or provider with no session counted gets none. */
    static Map<Long, Map<Long, Integer>> percents(Map<Long, Map<Long, AttendanceQueries.Counted>> counted) {
        Map<Long, Map<Long, Integer>> figures = new HashMap<>();
        counted.forEach((placement, byProvider) -> {
            Map<Long, Integer> percents = percent(byProvider);
            if (!percents.isEmpty()) {
                figures.put(placement, percents);
            }
        });
        return figures;
    }

    static Map<Long, Integer> percent(Map<Long, AttendanceQueries.Counted> counted) {
        Map<Long, Integer> percents = new HashMap<>();
        counted.forEach((id, c) -> c.week(LocalDate.MIN).percent()
                .ifPresent(percent -> percents.put(id, (int) Math.round(percent))));
        return percents;
    }
}
