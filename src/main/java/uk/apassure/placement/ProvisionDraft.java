package uk.apassure.placement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the placement form starts from when provision for a suspension is proposed: the pupil, and
 * the sixth school day and last day of their latest run that still needs it (null when none does).
 */
public record ProvisionDraft(PupilDetails pupil, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {}
