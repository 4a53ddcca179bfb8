package uk.apassure.attendance;

import java.time.LocalDate;
import uk.apassure.calendar.SchoolSession;
import uk.apassure.calendar.Session;
import uk.apassure.placement.TimetableSession;

/** One session a placement's timetable expects on a school day, with the provider's slot it is at. */
public record ExpectedSession(long placementId, LocalDate date, Session session, TimetableSession slot) {

    public SchoolSession schoolSession() {
        return new SchoolSession(date, session);
    }
}
