package uk.apassure.risk;

/** The risk that remains once the controls are in place. */
public enum Residual {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    Residual(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
