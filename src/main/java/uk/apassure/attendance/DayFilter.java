package uk.apassure.attendance;

/**
 * What the attendance page narrows a day's sessions to: only those without a mark, and a pupil's
 * name or UPN (any part of it).
 */
public record DayFilter(boolean unmarkedOnly, String pupil) {

    public static final DayFilter ALL = new DayFilter(false, "");

    public DayFilter {
        pupil = pupil.strip();
    }
}
