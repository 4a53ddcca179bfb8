package uk.apassure.review;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A signed-off review as the schedule counts it: a review counts towards a half-term or term once
 * it is signed off, on the day it was held.
 *
 * @param improved for a formal review meeting, whether progress improved since the last one
 */
public record HeldReview(long placementId, long reviewId, LocalDate heldOn, ReviewKind kind,
        @Nullable Boolean improved) {}
