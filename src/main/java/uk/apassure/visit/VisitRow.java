package uk.apassure.visit;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One line of the visit grid. */
public record VisitRow(long id, @Nullable LocalDateTime visitedAt, String providerName, @Nullable VisitType type,
        VisitStatus status, String recordedByName, long openConcerns) {

    public boolean hasOpenConcern() {
        return openConcerns > 0;
    }
}
