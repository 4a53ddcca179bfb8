package uk.apassure.review;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A draft review waiting to be completed and signed off. */
public record ReviewWaiting(long reviewId, long placementId, String pupilName, @Nullable LocalDate heldOn,
        @Nullable ReviewKind kind, String draftedBy) {}
