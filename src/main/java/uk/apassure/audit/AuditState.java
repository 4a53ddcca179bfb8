package uk.apassure.audit;

/**
 * draft → submitted (AP lead) → safeguarding confirmed (DSL) → decided (SLT or headteacher).
 * Only a draft is filled; a decided audit is read-only (001 §7.8: the record of the checks stands).
 */
public enum AuditState {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    SAFEGUARDING_CONFIRMED("Safeguarding confirmed"),
    DECIDED("Decided");

    private final String label;

    AuditState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
