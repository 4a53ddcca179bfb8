package uk.apassure.review;

/** Where a placement stands with one review duty, best first. */
public enum DueState {
    /** The placement is not active: no review is owed. */
    NOT_APPLICABLE("No review owed"),
    UP_TO_DATE("Up to date"),
    /** In the last ten school days of a half-term (or term) without a review, or after a concern. */
    DUE("Due"),
    /** The half-term (or term) ended without a review, and none has been held since. */
    OVERDUE("Overdue");

    private final String label;

    DueState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsAction() {
        return this == DUE || this == OVERDUE;
    }

    public DueState worst(DueState other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
