package uk.apassure.visit;

/**
 * The kinds of contact DESIGN.md lists. Each but a home visit counts as "a visit or meeting" for the
 * cadence: 003 asks for one "at the alternative provision", and a phone or online meeting with the
 * provider is a meeting; a home visit sees the pupil and the family, not the provider.
 */
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

    /** Whether a submitted contact of this kind restarts the visit cadence (003). */
    public boolean countsForCadence() {
        return this != HOME_VISIT;
    }
}
