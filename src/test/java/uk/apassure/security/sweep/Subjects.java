package uk.apassure.security.sweep;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The test users a sweep tries to reach school A1's records as (TestWorld): another trust, another
 * school of the same trust, and the roles of A1's own trust that may not read pupils (DESIGN.md:
 * governors counts only, administrators no pupil data) or may not change things (visiting staff).
 */
final class Subjects {

    static final List<String> OTHER_TRUST = List.of("b1.slt", "b.trustlead", "b.admin");
    static final List<String> OTHER_SCHOOL = List.of("a2.dsl", "a2.slt", "a2.aplead");
    static final String GOVERNOR = "a1.governor";
    static final String ADMIN = "a.admin";
    static final String VISITOR = "a1.visitor";

    private Subjects() {}

    static Set<String> of(Object... groups) {
        Set<String> all = new LinkedHashSet<>();
        for (Object group : groups) {
            if (group instanceof List<?> list) {
                list.forEach(user -> all.add((String) user));
            } else {
                all.add((String) group);
            }
        }
        return all;
    }
}
