package uk.apassure.calendar;

/** A session is half a school day (003: a visit every ten sessions). */
public enum Session {
    AM("Morning"),
    PM("Afternoon");

    private final String label;

    Session(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
