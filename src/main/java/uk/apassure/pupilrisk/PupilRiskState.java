package uk.apassure.pupilrisk;

/**
 * Where a placement's pupil risk assessment stands, for renewals: none approved; ok; review due
 * (the next scheduled placement review has come without the assessment reviewed since); review
 * needed (someone marked it, e.g. after a suspension or a concern about the pupil).
 */
public enum PupilRiskState {
    NONE("None approved"),
    OK("OK"),
    REVIEW_DUE("Review due"),
    REVIEW_NEEDED("Review needed");

    private final String label;

    PupilRiskState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
