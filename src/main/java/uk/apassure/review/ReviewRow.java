package uk.apassure.review;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One review in the list on the placement page. */
public record ReviewRow(long id, long placementId, @Nullable LocalDate heldOn, @Nullable ReviewKind kind,
        ReviewStatus status, @Nullable ReviewDecision decision, @Nullable LocalDate nextReviewOn, String draftedBy,
        @Nullable String signedBy) {}
