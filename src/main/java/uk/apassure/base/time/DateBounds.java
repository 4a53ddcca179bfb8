package uk.apassure.base.time;

import java.time.LocalDate;

/**
 * The dates a school record can sensibly carry. Anything outside is a typing slip (0001, 1900,
 * 9999, year 10000) and is refused with a message, on the form and again in the service.
 */
public final class DateBounds {

    /** No record of the product reaches back before this: older dates are slips. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** Nothing is planned, due or expires after this; 9999 and 2099 are slips. */
    public static final int YEARS_AHEAD = 10;

    private DateBounds() {}

    /** The latest sensible future date seen from {@code today}: an expiry, a due date, a review. */
    public static LocalDate latest(LocalDate today) {
        return today.plusYears(YEARS_AHEAD);
    }

    /** True when {@code date} lies between {@link #EARLIEST} and {@link #latest(LocalDate)}. */
    public static boolean sensible(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST) && !date.isAfter(latest(today));
    }
}
