package uk.apassure.visit;

/** The visitor's judgement of one area of the provision. */
public enum Judgement {
    GOOD("Good"),
    ADEQUATE("Adequate"),
    CONCERN("Concern");

    private final String label;

    Judgement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
