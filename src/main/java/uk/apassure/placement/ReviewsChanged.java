package uk.apassure.placement;

/**
 * Published by the review package, inside its transaction, when a placement's reviews changed in a
 * way the schedule counts (a review signed off or amended): {@link ReviewDeadlines} then works out
 * again when the placement falls overdue.
 */
public record ReviewsChanged(long placementId) {}
