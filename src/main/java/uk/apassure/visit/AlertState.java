package uk.apassure.visit;

/** Where one DSL's e-mail about a concern stands: what the concern shows, never more than happened. */
public enum AlertState {
    /** Written with the concern; not sent yet. */
    QUEUED("queued"),
    /** The mail server accepted it. */
    SENT("sent"),
    /** The last try failed (the reason is kept); it is tried again later unless it never can be. */
    FAILED("failed");

    private final String label;

    AlertState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
