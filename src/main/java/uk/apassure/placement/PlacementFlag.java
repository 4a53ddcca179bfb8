package uk.apassure.placement;

/**
 * Something about a placement that needs attention, offered as a filter of the grid and shown on
 * its rows. Each flag is a condition on the placement's own columns, so it filters in SQL: a rule
 * that needs the school calendar stores its computed date on the placement when it is saved (as
 * {@code notice_due_by} for the notice). To add one (review overdue, registration trigger): add the
 * constant here, its condition in {@code PlacementQueriesImpl.condition} and its test on a row in
 * {@code PlacementGrid.flags}; the compiler points at both switches.
 */
public enum PlacementFlag {
    /**
     * 002 §7, 003: the parental notice went after the second school day before the start, or has not
     * gone and that day has passed.
     */
    NOTICE_LATE("Notice late"),

    /**
     * 001 §8.3, 003, 004: the half-term (or, 000 §8.4, the term) that owed a review has ended without
     * a signed one (review.ReviewSchedule, stored on the placement as {@code review_overdue_from}).
     */
    REVIEW_OVERDUE("Review overdue"),

    /**
     * 001 §7.2: the placement has a session at a provider that is over the registration trigger, or
     * would be once the proposed placements start (the register's flag, counted across the trust).
     */
    REGISTRATION_TRIGGER("Registration trigger");

    private final String label;

    PlacementFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
