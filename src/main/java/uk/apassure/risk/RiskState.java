package uk.apassure.risk;

/** Where a provider's risk assessment stands (the renewal states of DESIGN.md, plus "review needed"). */
public enum RiskState {
    NONE("None yet"),
    OK("OK"),
    DUE_SOON("Due soon"),
    OVERDUE("Overdue"),
    REVIEW_NEEDED("Review needed");

    private final String label;

    RiskState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
