package uk.apassure.visit;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.time.DateBounds;
import uk.apassure.base.time.UkDates;

/**
 * When a visit can have happened: from 1 January 2000 ({@link DateBounds#EARLIEST}) up to now. A
 * visit is recorded as it happens or afterwards, never ahead; 1900, 2099 or 9999 are typing slips
 * that would make the cadence (003) count a visit that never was. A few minutes' leeway allows for
 * a tablet's clock running ahead of the server's.
 */
public final class VisitDates {

    public static final Duration CLOCK_LEEWAY = Duration.ofMinutes(10);

    private VisitDates() {}

    /** The latest moment a visit may be dated when it is {@code now}. */
    public static LocalDateTime latest(LocalDateTime now) {
        return now.plus(CLOCK_LEEWAY);
    }

    /** What is wrong with {@code visitedAt}, or empty when it is possible (an empty date is a draft's to fill in). */
    public static Optional<String> problem(@Nullable LocalDateTime visitedAt, LocalDateTime now) {
        if (visitedAt == null) {
            return Optional.empty();
        }
        if (visitedAt.isBefore(DateBounds.EARLIEST.atStartOfDay())) {
            return Optional.of("The date of the visit cannot be before " + UkDates.typed(DateBounds.EARLIEST));
        }
        if (visitedAt.isAfter(latest(now))) {
            return Optional.of("The date and time of the visit cannot be later than now ("
                    + UkDates.typed(now.toLocalDate()) + " " + UkDates.time(now.toLocalTime()) + ")");
        }
        return Optional.empty();
    }
}
