package uk.apassure.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.attendance.Mark;
import uk.apassure.attendance.SessionRow;
import uk.apassure.security.SubjectRunner;

/**
 * Attendance at Meadowbank's placements in the demo: the last two weeks marked (mostly present, a
 * few late, one unauthorised absence followed up with a call), today left for the attendance
 * officer to mark. Fictional words throughout.
 */
@Component
@Profile("demo")
class DemoAttendance {

    private final AttendanceService attendance;
    private final SubjectRunner runner;
    private final Clock clock;

    DemoAttendance(AttendanceService attendance, SubjectRunner runner, Clock clock) {
        this.attendance = attendance;
        this.runner = runner;
        this.clock = clock;
    }

    void create() {
        LocalDate today = LocalDate.now(clock);
        runner.runAs("attendance", () -> {
            int n = 0;
            boolean absenceFollowedUp = false;
            for (LocalDate day = today.minusDays(14); day.isBefore(today); day = day.plusDays(1)) {
                for (SessionRow row : attendance.day(day).rows()) {
                    Mark mark = n % 17 == 5 ? Mark.UNAUTHORISED_ABSENCE : n % 9 == 4 ? Mark.LATE : Mark.PRESENT;
                    n++;
                    attendance.mark(row.placementId(), day, row.session(), mark, null);
                    if (mark == Mark.UNAUTHORISED_ABSENCE && !absenceFollowedUp) {
                        attendance.recordFollowUp(row.placementId(), day, row.session(), "Parent (phone)",
                                "Overslept and missed the minibus; will be at the provider tomorrow.");
                        absenceFollowedUp = true;
                    }
                }
            }
        });
    }
}
