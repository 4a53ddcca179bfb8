package uk.apassure.review;

/** Progress against one planned outcome of the placement, as the review judged it. */
public enum Progress {
    ACHIEVED("Achieved"),
    ON_TRACK("On track"),
    SOME("Some progress"),
    NONE("No progress");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
