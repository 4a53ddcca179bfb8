package uk.apassure.attendance;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One week of a placement (Monday to Friday), up to today: sessions expected by the timetable on
 * school days, how many were attended (present or late), absent, not expected (closed) and not
 * marked yet.
 */
public record WeekFigures(LocalDate weekOf, int expected, int attended, int absent, int notExpected, int unmarked) {

    /**
     * Attended over expected, "not expected" left out (DESIGN.md "Attendance"). An unmarked session
     * counts as not attended: a percentage never looks better for a missing mark ({@link #unmarked()}
     * says how many). Empty when no session counts.
     */
    public OptionalDouble percent() {
        int counted = expected - notExpected;
        return counted <= 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * attended / counted);
    }
}
