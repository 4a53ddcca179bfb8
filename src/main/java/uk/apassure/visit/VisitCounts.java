package uk.apassure.visit;

import java.util.Map;

/** Counts only (governors): submitted visits by type over the last twelve months, and open concerns. */
public record VisitCounts(Map<VisitType, Long> submittedByType, long openConcerns) {

    public long submitted() {
        return submittedByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
