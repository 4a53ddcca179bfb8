package uk.apassure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.attendance.Mark;
import uk.apassure.attendance.SessionRow;
import uk.apassure.base.time.InTermClock;
import uk.apassure.security.SubjectRunner;

/** The demo starts with two weeks of Meadowbank's attendance marked, one absence followed up; Riverside sees none of it. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import(InTermClock.class)
class DemoAttendanceTest {

    @Autowired
    AttendanceService attendance;

    @Autowired
    SubjectRunner subjects;

    @Autowired
    Clock clock;

    private List<SessionRow> lastTwoWeeks(String user) {
        LocalDate today = LocalDate.now(clock);
        List<SessionRow> rows = new ArrayList<>();
        for (LocalDate day = today.minusDays(14); day.isBefore(today); day = day.plusDays(1)) {
            LocalDate on = day;
            rows.addAll(subjects.callAs(user, () -> attendance.day(on)).rows());
        }
        return rows;
    }

    @Test
    void meadowbanks_last_two_weeks_are_marked_and_riverside_sees_only_its_own() {
        List<SessionRow> meadowbank = lastTwoWeeks("attendance");
        assertThat(meadowbank).isNotEmpty().allMatch(row -> row.mark() != null);
        assertThat(meadowbank.stream().anyMatch(row -> row.mark() == Mark.UNAUTHORISED_ABSENCE && !row.followUps().isEmpty()))
                .as("an unauthorised absence with a follow-up").isTrue();
        List<SessionRow> riverside = lastTwoWeeks("dsl.riverside");
        assertThat(riverside).extracting(SessionRow::pupilName).doesNotContain("Alfie Marsh", "Callum Reid")
                .contains("Mason Ibe");
    }
}
