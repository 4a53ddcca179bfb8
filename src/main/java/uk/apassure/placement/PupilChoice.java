package uk.apassure.placement;

/** A pupil of the school found by UPN, to record a suspension for. */
public record PupilChoice(long id, String name, int yearGroup) {}
