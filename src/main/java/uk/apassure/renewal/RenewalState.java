package uk.apassure.renewal;

/**
 * Where a dated thing stands today. Decided in SQL ({@link RenewalItems#STATE}) so the grid filters,
 * sorts and counts by it; the order here is the order of urgency.
 */
public enum RenewalState {
    REVIEW_NEEDED("Review needed"),
    OVERDUE("Overdue"),
    DUE_SOON("Due soon"),
    OK("OK");

    private final String label;

    RenewalState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The badge's style, as the register's status badges are coloured. */
    public String badgeClass() {
        return switch (this) {
            case REVIEW_NEEDED -> "status-do-not-use";
            case OVERDUE -> "status-suspended";
            case DUE_SOON -> "status-approved-with-conditions";
            case OK -> "status-approved";
        };
    }
}
