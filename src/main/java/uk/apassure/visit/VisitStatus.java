package uk.apassure.visit;

/** A visit is a draft (autosaved, freely edited by its author) until submitted; then only amended. */
public enum VisitStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted");

    private final String label;

    VisitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
