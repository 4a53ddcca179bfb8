package uk.apassure.review;

/** What the review decided for the placement. */
public enum ReviewDecision {
    CONTINUE("Continue as agreed"),
    CHANGE("Continue with changes"),
    REINTEGRATE("Plan reintegration"),
    END("End the placement");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A placement that goes on needs a next review date; one that ends or returns to school does not. */
    public boolean goesOn() {
        return this == CONTINUE || this == CHANGE;
    }
}
