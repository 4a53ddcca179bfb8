package uk.apassure.review;

/** draft → signed off (by SLT or the headteacher); a signed review is changed only by an amendment. */
public enum ReviewStatus {
    DRAFT("Draft"),
    SIGNED("Signed off");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
