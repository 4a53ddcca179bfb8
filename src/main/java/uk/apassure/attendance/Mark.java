package uk.apassure.attendance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What happened at one expected session. "Not expected" (the provider was closed) leaves the
 * session out of the percentage; late counts as attended (000 §15: the pupil arrived).
 */
public enum Mark {
    PRESENT("P", "Present"),
    LATE("L", "Late"),
    AUTHORISED_ABSENCE("A", "Authorised absence"),
    UNAUTHORISED_ABSENCE("U", "Unauthorised absence"),
    NOT_EXPECTED("X", "Not expected (closed)");

    private final String code;
    private final String label;

    Mark(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The one-letter code of a provider's daily return (docs/attendance.md). */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }

    public boolean absent() {
        return this == AUTHORISED_ABSENCE || this == UNAUTHORISED_ABSENCE;
    }

    public static Optional<Mark> ofCode(String code) {
        String wanted = code.strip().toUpperCase(Locale.UK);
        return Arrays.stream(values()).filter(m -> m.code.equals(wanted)).findFirst();
    }
}
