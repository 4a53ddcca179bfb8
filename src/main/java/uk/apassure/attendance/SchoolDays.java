package uk.apassure.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;

/**
 * Each school's school days in a period, asked of its calendar (closures, INSET days, bank holidays
 * and holidays are not school days), for the weekly figures' SQL. A school whose calendar does not
 * cover the period is left out, so its placements get no figure, as before the figures moved to SQL.
 */
record SchoolDays(Map<Long, List<LocalDate>> days) {

    SchoolDays {
        days = Map.copyOf(days);
    }

    static SchoolDays of(Collection<Long> schools, CalendarService calendars, LocalDate from, LocalDate to) {
        Map<Long, List<LocalDate>> days = new LinkedHashMap<>();
        for (long school : schools) {
            try {
                SchoolCalendar calendar = calendars.calendarOf(school);
                List<LocalDate> open = new ArrayList<>();
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    if (calendar.isSchoolDay(d)) {
                        open.add(d);
                    }
                }
                if (!open.isEmpty()) {
                    days.put(school, open);
                }
            } catch (NoCalendar e) {
                // no figure for this school's placements: its calendar does not say which days count
            }
        }
        return new SchoolDays(days);
    }

    boolean isEmpty() {
        return days.isEmpty();
    }

    List<Long> schools() {
        return List.copyOf(days.keySet());
    }

    /** The days as JSON for the query's JSON_TABLE: ids and ISO dates only, never user text. */
    String json() {
        return days.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(d -> "{\"s\":" + e.getKey() + ",\"d\":\"" + d + "\"}"))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
