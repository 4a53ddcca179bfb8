package uk.apassure.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;

/**
 * Each school's school days in one week (Monday to Friday), asked of its calendar (closures, INSET
 * days, bank holidays and holidays are not school days), for the weekly figures' SQL. A school whose
 * calendar does not cover the week is left out, so its placements get no figure, as before the
 * figures moved to SQL.
 */
record SchoolDays(LocalDate monday, Map<Long, List<DayOfWeek>> days) {

    SchoolDays {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A school week starts on a Monday");
        }
        days = Map.copyOf(days);
    }

    static SchoolDays of(Collection<Long> schools, SchoolCalendars calendars, LocalDate monday) {
        Map<Long, List<DayOfWeek>> days = new LinkedHashMap<>();
        for (long school : schools) {
            try {
                SchoolCalendar calendar = calendars.of(school);
                List<DayOfWeek> open = new ArrayList<>();
                for (LocalDate d = monday; !d.isAfter(monday.plusDays(4)); d = d.plusDays(1)) {
                    if (calendar.isSchoolDay(d)) {
                        open.add(d.getDayOfWeek());
                    }
                }
                if (!open.isEmpty()) {
                    days.put(school, open);
                }
            } catch (NoCalendar e) {
                // no figure for this school's placements: its calendar does not say which days count
            }
        }
        return new SchoolDays(monday, days);
    }

    boolean isEmpty() {
        return days.isEmpty();
    }

    List<Long> schools() {
        return List.copyOf(days.keySet());
    }

    /** The pairs of school and open weekday, for the query's {@code (school_id, day_of_week) IN (...)}. */
    List<Object[]> open() {
        List<Object[]> pairs = new ArrayList<>();
        days.forEach((school, weekdays) -> weekdays.forEach(day -> pairs.add(new Object[] {school, day.name()})));
        return pairs;
    }
}
