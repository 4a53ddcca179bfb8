package uk.apassure.attendance;

import java.time.LocalDate;
import java.util.List;

/**
 * The expected sessions of one date across the providers of the user's school (the trust's for
 * trust leads), morning first, by pupil.
 *
 * @param problems schools whose calendar cannot answer for the date, in words
 * @param canMark the user may mark, import and record follow-ups
 */
public record AttendanceDay(LocalDate date, List<SessionRow> rows, List<String> problems, boolean canMark) {}
