package uk.apassure.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * One of the six teaching blocks of an academic year (Autumn 1 … Summer 2): the weeks between two
 * holidays, first and last day inclusive. Half-termly reviews and visits are counted per block.
 */
@Embeddable
public record HalfTerm(
        @Column(name = "position") int position,
        @Column(name = "name") String name,
        @Column(name = "starts_on") LocalDate startsOn,
        @Column(name = "ends_on") LocalDate endsOn) {

    public static final int PER_YEAR = 6;
    public static final java.util.List<String> NAMES =
            java.util.List.of("Autumn 1", "Autumn 2", "Spring 1", "Spring 2", "Summer 1", "Summer 2");

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    /** The term a half-term belongs to: Autumn, Spring or Summer (the agreement is reviewed termly). */
    public String term() {
        return name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;
    }
}
