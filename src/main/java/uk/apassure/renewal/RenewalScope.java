package uk.apassure.renewal;

import org.jspecify.annotations.Nullable;

/**
 * Whose rows a query returns, applied in the SQL itself: one school's, or (schoolId null) every row
 * of the trust, rows of no school included. Never another trust's.
 */
record RenewalScope(long trustId, @Nullable Long schoolId) {

    static RenewalScope school(long trustId, long schoolId) {
        return new RenewalScope(trustId, schoolId);
    }

    static RenewalScope trust(long trustId) {
        return new RenewalScope(trustId, null);
    }
}
