package uk.apassure.pupilrisk;

/** A version of a pupil's risk assessment: a draft, the approved (current) one, or an earlier one kept to read. */
public enum RiskStatus {
    DRAFT("Draft"),
    APPROVED("Approved"),
    SUPERSEDED("Superseded");

    private final String label;

    RiskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
