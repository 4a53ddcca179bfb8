package uk.apassure.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.calendar.SchoolSession;
import uk.apassure.placement.PlacementWeek;
import uk.apassure.placement.ProviderAttendance;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * Last week's attendance per provider for a page of the placements grid: one read of the page's
 * marks, each school's calendar once. The placements come from the grid's scoped query; the figures
 * are shown only to those who read attendance.
 */
@Component
class ProviderAttendanceFigures implements ProviderAttendance {

    private final AttendanceMarkRepository marks;
    private final CalendarService calendars;
    private final AccessGuard access;

    ProviderAttendanceFigures(AttendanceMarkRepository marks, CalendarService calendars, AccessGuard access) {
        this.marks = marks;
        this.calendars = calendars;
        this.access = access;
    }

    @Override
    public Map<Long, Map<Long, Integer>> lastWeek(Collection<PlacementWeek> placements, LocalDate today) {
        if (placements.isEmpty() || !access.isPermitted(Permission.ATTENDANCE_READ)) {
            return Map.of();
        }
        LocalDate monday = AttendanceRules.mondayOf(today).minusWeeks(1);
        LocalDate friday = monday.plusDays(4);
        Set<Long> ids = placements.stream().map(PlacementWeek::id).collect(Collectors.toSet());
        Map<Long, Map<SchoolSession, Mark>> marked = marks.findFor(ids, monday, friday).stream()
                .collect(Collectors.groupingBy(AttendanceMark::placementId,
                        Collectors.toMap(AttendanceMark::schoolSession, AttendanceMark::mark)));
        Map<Long, SchoolCalendar> bySchool = new HashMap<>();
        Map<Long, Map<Long, Integer>> figures = new HashMap<>();
        for (PlacementWeek placement : placements) {
            List<ExpectedSession> expected;
            try {
                expected = AttendanceRules.expected(placement,
                        bySchool.computeIfAbsent(placement.schoolId(), calendars::calendarOf), monday, friday);
            } catch (NoCalendar e) {
                continue;
            }
            Map<Long, Integer> byProvider = new HashMap<>();
            expected.stream().collect(Collectors.groupingBy(s -> s.slot().providerId())).forEach((provider, sessions) ->
                    AttendanceRules.week(monday, sessions, marked.getOrDefault(placement.id(), Map.of())).percent()
                            .ifPresent(percent -> byProvider.put(provider, (int) Math.round(percent))));
            if (!byProvider.isEmpty()) {
                figures.put(placement.id(), byProvider);
            }
        }
        return figures;
    }
}
