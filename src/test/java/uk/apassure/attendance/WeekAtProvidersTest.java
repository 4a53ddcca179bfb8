package uk.apassure.attendance;

import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.base.time.InTermClock;
import uk.apassure.calendar.Session;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.provider.AttendanceAtProviders;

/**
 * Issue 10: the provider register's row shows last week's attendance at the provider of the pupils of
 * the viewer's school (the trust's for trust leads), never another school's; governors see it (a
 * percentage, no pupil), administrators and visiting staff do not. Today is Tue 24 Nov 2026 (last
 * week 16 to 20 Nov).
 */
@Import(InTermClock.class)
class WeekAtProvidersTest extends IntegrationTest {

    @Autowired
    AttendanceAtProviders figures;
    @Autowired
    AttendanceService attendance;
    @Autowired
    PlacementFixtures fixtures;
    @Autowired
    AuditFixtures audits;
    @Autowired
    Clock clock;

    @BeforeEach
    void inTerm() {
        InTermClock.reset(clock);
        fixtures.termDates(world.schoolA1);
    }

    private void mark(long placement, LocalDate day, Session session, Mark mark) {
        as("a1.aplead", () -> attendance.mark(placement, day, session, mark, null));
    }

    @Test
    void the_register_row_shows_the_viewers_schools_pupils_attendance_there_last_week() {
        long farm = audits.provider("Register attendance farm");
        long quiet = audits.provider("Register quiet farm");
        // two pupils at the farm: Tuesday (AM, PM) and Wednesday (AM, PM) each
        long first = fixtures.active("a1.aplead", of(2026, 11, 2), Map.of(farm, List.of(TUESDAY)));
        long second = fixtures.active("a1.aplead", of(2026, 11, 2), Map.of(farm, List.of(WEDNESDAY)));
        mark(first, of(2026, 11, 17), Session.AM, Mark.PRESENT);
        mark(first, of(2026, 11, 17), Session.PM, Mark.LATE);
        mark(second, of(2026, 11, 18), Session.AM, Mark.PRESENT);
        mark(second, of(2026, 11, 18), Session.PM, Mark.UNAUTHORISED_ABSENCE);
        // this week's mark is not last week's
        mark(first, of(2026, 11, 24), Session.AM, Mark.UNAUTHORISED_ABSENCE);

        // 3 of 4 sessions attended; the quiet farm had no session of ours, so no figure
        assertThat(as("a1.dsl", () -> figures.lastWeek(List.of(farm, quiet)))).isEqualTo(Map.of(farm, 75));
        assertThat(as("a1.governor", () -> figures.shown())).isTrue();
        assertThat(as("a1.governor", () -> figures.lastWeek(List.of(farm)))).isEqualTo(Map.of(farm, 75));
        assertThat(as("a.trustlead", () -> figures.lastWeek(List.of(farm)))).isEqualTo(Map.of(farm, 75));

        // School A2 (same trust) has no pupil there: another school's pupils never count for it
        assertThat(as("a2.dsl", () -> figures.lastWeek(List.of(farm)))).isEmpty();
        assertThat(as("a.admin", () -> figures.shown())).isFalse();
        assertThat(as("a.admin", () -> figures.lastWeek(List.of(farm)))).isEmpty();
        assertThat(as("a1.visitor", () -> figures.lastWeek(List.of(farm)))).isEmpty();
        // only the providers asked about
        assertThat(as("a1.dsl", () -> figures.lastWeek(List.of(quiet)))).isEmpty();
    }
}
