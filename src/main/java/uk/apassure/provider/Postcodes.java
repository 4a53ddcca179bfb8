package uk.apassure.provider;

import java.util.Locale;

/** UK postcodes: accepted in any case and spacing, stored upper case with one space before the inward code. */
final class Postcodes {

    /** Outward code (A9, A99, AA9, AA99, A9A, AA9A) and inward code (9AA), any case, optional space. */
    static final String PATTERN = "^\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\\s*[0-9][A-Za-z]{2}\\s*$";

    private Postcodes() {}

    static String normalise(String postcode) {
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")) {
            throw new IllegalArgumentException("Not a UK postcode: " + postcode);
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
