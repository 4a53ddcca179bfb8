package uk.apassure.base.domain;

/**
 * A red / amber / green rating. Shared by features (audits rate a provider; the register shows the
 * latest rating) so that neither has to depend on the other.
 */
public enum Rag {
    GREEN("Green"),
    AMBER("Amber"),
    RED("Red");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The worse of the two ratings: red over amber over green. */
    public Rag worst(Rag other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
