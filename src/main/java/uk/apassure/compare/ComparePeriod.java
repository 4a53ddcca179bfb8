package uk.apassure.compare;

import java.time.LocalDate;

/**
 * A period the measures are counted over, first and last day included: this term and the academic
 * years from a school calendar's half-terms, or the last twelve months to today.
 *
 * @param key stable, for the page's address ("term", "12-months", "year-2026")
 */
public record ComparePeriod(String key, String label, LocalDate from, LocalDate to) {

    public ComparePeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after it starts");
        }
    }
}
