package uk.apassure.visit;

/** Visits to one provider as numbers only, for those who see counts (governors). */
public record ProviderVisitCounts(long visitsThisYear, long openConcerns, long closedConcerns) {}
