package uk.apassure.compare;

import java.util.List;

/**
 * Whose numbers a query counts: one trust, and the schools of it the user may see (their own, or all
 * of them for trust-wide roles). Every query starts from these schools.
 */
record CompareScope(long trustId, List<Long> schoolIds) {

    CompareScope {
        schoolIds = List.copyOf(schoolIds);
    }
}
