package uk.apassure.visit;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One line of the visit grid.
 *
 * @param visitors who visited, as the form says (the author when nobody else is named)
 * @param concerns safeguarding concerns raised on the visit, open or closed
 */
public record VisitRow(long id, @Nullable LocalDateTime visitedAt, String providerName, String schoolName,
        @Nullable VisitType type, VisitStatus status, String recordedByName, String visitors, long openConcerns,
        long concerns) {

    public boolean hasOpenConcern() {
        return openConcerns > 0;
    }

    /** "Open", "Closed" or "None": the grid's Concern column, never empty. */
    public String concernState() {
        return openConcerns > 0 ? "Open" : concerns > 0 ? "Closed" : "None";
    }

    public String visitorNames() {
        return visitors.isBlank() ? recordedByName : visitors;
    }
}
