package uk.apassure.attendance;

import java.time.LocalDate;
import java.util.List;

/**
 * The expected sessions of one date across the providers of the user's school (the trust's for
 * trust leads), morning first, by pupil.
 *
 * @param problems schools whose calendar cannot answer for the date, in words
 * @param canMark the user may mark, import and record follow-ups
 * @param offset where the page's rows start among the day's (0 for the first)
 * @param more a next page of rows follows this one
 * @param expected the sessions expected that day across the scope, every page together
 * @param unmarked how many of those have no mark yet
 */
public record AttendanceDay(LocalDate date, List<SessionRow> rows, List<String> problems, boolean canMark, int offset,
        boolean more, int expected, int unmarked) {

    public AttendanceDay {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
