package uk.apassure.reminder;

/** Where a dated thing stands for a reminder: only these are ever mailed (an "ok" one is not). */
public enum DueState {
    /** Within the warning window before its due date (28 days by default). */
    DUE_SOON("due soon"),
    /** Its due date has passed. */
    OVERDUE("overdue"),
    /** A material change made it stale before its date (e.g. a risk assessment after a new site). */
    REVIEW_NEEDED("review needed");

    private final String label;

    DueState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
