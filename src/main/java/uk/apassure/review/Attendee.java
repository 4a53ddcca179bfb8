package uk.apassure.review;

/** Who took part in a review meeting (000 §14.6 lists the people of a formal one). */
public enum Attendee {
    SCHOOL("School"),
    PROVIDER("Provider"),
    PUPIL("Pupil"),
    PARENTS("Parents or carers"),
    SOCIAL_WORKER("Social worker"),
    LA("Local authority");

    private final String label;

    Attendee(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
