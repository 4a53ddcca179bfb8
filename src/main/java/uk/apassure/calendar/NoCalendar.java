package uk.apassure.calendar;

import uk.apassure.base.domain.Refusal;

/** A school-day question about a date no configured academic year covers: an error, never a guess. */
public class NoCalendar extends Refusal {

    NoCalendar(AcademicYear year, String school) {
        super("No calendar for " + year.label() + " at " + school
                + ": an administrator or the trust lead sets it up under School calendars.");
    }
}
