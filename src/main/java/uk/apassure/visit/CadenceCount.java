package uk.apassure.visit;

/**
 * How many active placements of one school at one provider have a known visit cadence today, and how
 * many of those are within it (not overdue): a count, never a pupil.
 */
public record CadenceCount(long schoolId, long providerId, long placements, long withinCadence) {}
