package uk.apassure.provider;

import java.util.Collection;
import java.util.Map;

/**
 * Last school week's attendance at providers, for the register's rows (issue 10: the weekly % in the
 * provider's grid row for the school). The attendance feature answers, counting in the database, so
 * the register does not depend on the features that hold pupils and marks.
 */
public interface AttendanceAtProviders {

    /** Whether the signed-in user sees the figure (those who read attendance, and governors as a count). */
    boolean shown();

    /**
     * By provider id, the percentage of the sessions expected last school week (Monday to Friday before
     * this week, closures left out) at these providers that the pupils of the user's school attended (the
     * trust's for trust leads): never another school's pupils. A provider with no session counted is
     * missing; a user who may not see the figure gets an empty map.
     */
    Map<Long, Integer> lastWeek(Collection<Long> providerIds);
}
