package uk.apassure.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.placement.NewSuspension;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.SenStatus;
import uk.apassure.placement.SuspensionReason;
import uk.apassure.placement.SuspensionService;
import uk.apassure.placement.Upn;
import uk.apassure.security.SubjectRunner;

/**
 * Meadowbank's suspensions in the demo, dated from today on its calendar: a pupil with no placement
 * suspended twice back to back for eight school days, whose provision from day 6 is not arranged
 * yet (a to-do for the AP lead, SLT and headteacher), and a short suspension of a placed pupil.
 */
@Component
@Profile("demo")
class DemoSuspensions {

    private static final Logger log = LoggerFactory.getLogger(DemoSuspensions.class);

    private final SuspensionService suspensions;
    private final CalendarService calendars;
    private final SubjectRunner runner;
    private final Clock clock;

    DemoSuspensions(SuspensionService suspensions, CalendarService calendars, SubjectRunner runner, Clock clock) {
        this.suspensions = suspensions;
        this.calendars = calendars;
        this.runner = runner;
        this.clock = clock;
    }

    void create() {
        runner.runAs("aplead", () -> {
            long school = runner.signedIn("aplead").schoolId();
            LocalDate today = LocalDate.now(clock);
            SchoolCalendar calendar = calendars.calendarOf(school);
            LocalDate started;
            LocalDate next;
            LocalDate earlier;
            try {
                // dates first, on the calendar itself: a refusal inside a service would spoil the demo's transaction
                started = calendar.nthSchoolDayBefore(today, 2);
                next = calendar.nthSchoolDayAfter(started, 3);
                earlier = calendar.nthSchoolDayBefore(today, 15);
                calendar.nthSchoolDayFrom(next, 5);
            } catch (NoCalendar e) {
                log.info("No demo suspensions: {}", e.getMessage());
                return;
            }
            PupilDetails harvey = new PupilDetails("Harvey", "Nolan", Upn.withCheckLetter("990001426090"),
                    LocalDate.of(2012, 6, 3), 9, SenStatus.SEN_SUPPORT, false, null, true);
            long pupil = suspensions.recordNewPupil(harvey,
                    new NewSuspension(started, 3, SuspensionReason.VERBAL_ABUSE_ADULT));
            suspensions.record(pupil, new NewSuspension(next, 5, SuspensionReason.PHYSICAL_ASSAULT_PUPIL));
            suspensions.findPupil(Upn.withCheckLetter("990001426001")).ifPresent(alfie -> suspensions.record(
                    alfie.id(), new NewSuspension(earlier, 2, SuspensionReason.PERSISTENT_DISRUPTION)));
        });
    }
}
