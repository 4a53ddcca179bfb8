package uk.apassure.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.calendar.Session;

/**
 * One expected session of one pupil on the attendance screen.
 *
 * @param markVersion the version of the mark the user sees, null when there is none yet
 */
public record SessionRow(long placementId, String pupilName, String upn, String providerName, LocalDate date,
        Session session, LocalTime startsAt, LocalTime endsAt, RegisterCode registerCode, @Nullable Mark mark,
        @Nullable Long markVersion, @Nullable String markedBy, List<FollowUpView> followUps) {

    public SessionRow {
        followUps = List.copyOf(followUps);
    }

    /** A follow-up is recorded for a session with no mark or an absence. */
    public boolean followUpAllowed() {
        return mark == null || mark.absent();
    }
}
