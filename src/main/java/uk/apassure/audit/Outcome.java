package uk.apassure.audit;

/** What the checker found for one item. */
public enum Outcome {
    MET("Met"),
    PARTLY_MET("Partly met"),
    NOT_MET("Not met"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
