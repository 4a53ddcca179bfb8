package uk.apassure.risk;

/** The material changes that make a provider's risk assessment need review at once (001 §7.9). */
public enum ChangeKind {
    SITE_ADDED("Site added"),
    SITE_CLOSED("Site closed"),
    STATUS_CHANGED("Status changed"),
    SAFEGUARDING_CONCERN("Safeguarding concern"),
    KEY_STAFF_CHANGED("Key staff changed"),
    NEW_ACTIVITY("New activity");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What a user may report by hand; the others come from the register and from visits. */
    public boolean reported() {
        return this == KEY_STAFF_CHANGED || this == NEW_ACTIVITY;
    }
}
