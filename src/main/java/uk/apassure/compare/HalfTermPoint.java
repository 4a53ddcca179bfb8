package uk.apassure.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One half-term of a provider's trend: the schools' own half-terms of the same position in the same
 * academic year, counted together ({@code startsOn}…{@code endsOn} span the schools' dates).
 */
public record HalfTermPoint(int startYear, int position, String name, LocalDate startsOn, LocalDate endsOn,
        long placements, long attended, long counted, long reviewsOwed, long reviewsHeld) {

    /** "2026/27 Autumn 1". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100) + " " + name;
    }

    public @Nullable BigDecimal attendancePercent() {
        return Measures.percent(attended, counted);
    }

    public @Nullable BigDecimal reviewsOnTimePercent() {
        return Measures.percent(reviewsHeld, reviewsOwed);
    }
}
