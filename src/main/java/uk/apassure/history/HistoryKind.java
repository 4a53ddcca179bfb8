package uk.apassure.history;

/** The kinds of record whose changes are kept, each with the table Envers audits. */
public enum HistoryKind {
    PROVIDER("provider"),
    AUDIT("audit"),
    VISIT("visit"),
    PLACEMENT("placement"),
    REVIEW("placement_review"),
    PROVIDER_RISK("provider_risk_assessment"),
    PUPIL_RISK("pupil_risk_assessment"),
    USER("app_user");

    private final String table;

    HistoryKind(String table) {
        this.table = table;
    }

    /** The audit table: a fixed name from this enum, never user input. */
    String auditTable() {
        return table + "_aud";
    }
}
