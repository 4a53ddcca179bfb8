package uk.apassure.pupilrisk;

/** 001 §4.3: the areas a pupil's individual risk assessment covers. */
public enum RiskArea {
    MEDICAL("Medical"),
    BEHAVIOURAL("Behavioural"),
    TRAVEL("Travel"),
    ONLINE("Online"),
    CONTEXTUAL_SAFEGUARDING("Contextual safeguarding"),
    OTHER("Other");

    private final String label;

    RiskArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
