package uk.apassure.pupilrisk;

/** What happened when a pupil's risk assessment was looked at again. */
public enum RiskReviewOutcome {
    APPROVED("New version approved"),
    CONFIRMED("Reviewed: confirmed unchanged"),
    REVIEW_NEEDED("Marked as needing review");

    private final String label;

    RiskReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
