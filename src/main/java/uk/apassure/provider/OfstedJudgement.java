package uk.apassure.provider;

/** The latest overall Ofsted judgement recorded for the provider. */
public enum OfstedJudgement {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate"),
    NOT_INSPECTED("Not yet inspected");

    private final String label;

    OfstedJudgement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
