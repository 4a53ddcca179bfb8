package uk.apassure.review;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reviews of one placement for its page: every review, newest first, and where it stands.
 *
 * @param outlook null when the school's calendar cannot answer (then {@code calendarProblem} says why)
 * @param canStart the user may start a review of this placement
 */
public record PlacementReviews(long placementId, List<ReviewRow> reviews, @Nullable ReviewOutlook outlook,
        @Nullable String calendarProblem, boolean canStart) {}
