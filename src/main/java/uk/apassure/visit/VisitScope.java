package uk.apassure.visit;

import org.jspecify.annotations.Nullable;

/**
 * Whose visits a user sees (issue 4): trust-wide roles every school of their trust; everyone else
 * their own school's visits and the visits they recorded themselves.
 */
record VisitScope(long trustId, boolean wholeTrust, @Nullable Long schoolId, long userId) {

    boolean covers(Visit visit) {
        return visit.getTrustId() == trustId && (wholeTrust || visit.getRecordedById() == userId
                || (schoolId != null && schoolId == visit.getSchoolId()));
    }
}
