package uk.apassure.visit;

/** The kinds of contact DESIGN.md lists; each counts as "a visit or meeting" for the cadence (003). */
public enum VisitType {
    PRE_PLACEMENT("Pre-placement"),
    QA_MONITORING("QA / monitoring"),
    UNANNOUNCED("Unannounced"),
    PHONE_OR_ONLINE("Phone / online meeting"),
    HOME_VISIT("Home visit");

    private final String label;

    VisitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
