package uk.apassure.pupilrisk;

/** How much risk is left once the agreed controls are in place. */
public enum ResidualRating {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    ResidualRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
