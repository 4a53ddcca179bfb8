package uk.apassure.attendance;

/** A day's sessions as numbers, never a pupil: what governors see. */
public record AttendanceCounts(int expected, int attended, int absent, int notExpected, int notYetKnown) {}
