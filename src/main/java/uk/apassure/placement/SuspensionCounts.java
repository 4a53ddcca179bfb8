package uk.apassure.placement;

/** Suspensions of the current school year without pupils: for governors. */
public record SuspensionCounts(long suspensions, long needingProvision, long provisionNotMet) {}
