package uk.apassure.calendar;

/** Why a school is closed on a day inside a half-term. */
public enum ClosureKind {
    INSET("INSET day"),
    CLOSURE("Other closure");

    private final String label;

    ClosureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
