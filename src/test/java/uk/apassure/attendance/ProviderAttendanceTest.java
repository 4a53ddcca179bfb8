package uk.apassure.attendance;

import static java.time.DayOfWeek.MONDAY;
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
import org.springframework.data.domain.PageRequest;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.base.time.InTermClock;
import uk.apassure.base.time.MutableClock;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.calendar.Session;
import uk.apassure.placement.PlacementFilter;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.placement.PlacementRow;
import uk.apassure.placement.PlacementService;

/**
 * Issue 10: each active placement's row in the placements grid shows last week's attendance at each
 * of its providers (Monday to Friday of the week before today's, on the school calendar), to those
 * who read attendance. Today is Tue 24 Nov 2026, so last week is 16 to 20 Nov.
 */
@Import(InTermClock.class)
class ProviderAttendanceTest extends IntegrationTest {

    @Autowired
    AttendanceService attendance;
    @Autowired
    PlacementService placements;
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

    private String attendanceIn(String user, long placement, long provider) {
        return as(user, () -> placements.list(PlacementFilter.ANY.withProvider(provider), PageRequest.of(0, 50)))
                .stream().filter(row -> row.id() == placement).map(PlacementRow::attendance).findFirst().orElseThrow();
    }

    private void mark(long placement, LocalDate day, Session session, Mark mark) {
        as("a1.aplead", () -> attendance.mark(placement, day, session, mark, null));
    }

    @Test
    void the_grid_row_shows_last_weeks_percentage_at_each_provider() {
        long farm = audits.provider("Row attendance farm");
        long workshop = audits.provider("Row attendance workshop");
        long placement = fixtures.active("a1.aplead", of(2026, 11, 2), Map.of(farm, List.of(TUESDAY),
                workshop, List.of(WEDNESDAY)));
        mark(placement, of(2026, 11, 17), Session.AM, Mark.PRESENT);
        mark(placement, of(2026, 11, 17), Session.PM, Mark.LATE);
        mark(placement, of(2026, 11, 18), Session.AM, Mark.PRESENT);
        mark(placement, of(2026, 11, 18), Session.PM, Mark.UNAUTHORISED_ABSENCE);
        // today's and the week before's marks are not last week's
        mark(placement, of(2026, 11, 24), Session.AM, Mark.UNAUTHORISED_ABSENCE);
        mark(placement, of(2026, 11, 10), Session.AM, Mark.UNAUTHORISED_ABSENCE);

        assertThat(attendanceIn("a1.dsl", placement, farm))
                .isEqualTo("Row attendance farm 100%, Row attendance workshop 50%");
        assertThat(attendanceIn("a.trustlead", placement, workshop))
                .isEqualTo("Row attendance farm 100%, Row attendance workshop 50%");
        // visiting staff see placements but not attendance
        assertThat(attendanceIn("a1.visitor", placement, farm)).isEmpty();

        // a week on, last week (23 to 27 Nov) has one absence and the rest unmarked: never better for a missing mark
        ((MutableClock) clock).set(of(2026, 12, 1).atTime(9, 0).atZone(SchoolTime.ZONE).toInstant());
        assertThat(attendanceIn("a1.dsl", placement, farm))
                .isEqualTo("Row attendance farm 0%, Row attendance workshop 0%");
    }

    @Test
    void a_closure_last_week_is_not_expected_and_a_not_expected_mark_is_left_out() {
        long farm = audits.provider("Closure week farm");
        long placement = fixtures.active("a1.aplead", of(2026, 9, 7), Map.of(farm, List.of(MONDAY, TUESDAY)));
        // today Tue 10 Nov: last week is 2 to 6 Nov, and Mon 2 Nov is an INSET day at A1 (TermDates)
        ((MutableClock) clock).set(of(2026, 11, 10).atTime(9, 0).atZone(SchoolTime.ZONE).toInstant());
        mark(placement, of(2026, 11, 3), Session.AM, Mark.PRESENT);
        long closed = as("a1.aplead", () -> attendance.mark(placement, of(2026, 11, 3), Session.PM,
                Mark.NOT_EXPECTED, null));
        // the INSET day's sessions are not expected: 1 of 1 counted session attended, not 1 of 3
        assertThat(attendanceIn("a1.dsl", placement, farm)).isEqualTo("Closure week farm 100%");

        as("a1.aplead", () -> attendance.mark(placement, of(2026, 11, 3), Session.PM, Mark.AUTHORISED_ABSENCE,
                closed));
        assertThat(attendanceIn("a1.dsl", placement, farm)).isEqualTo("Closure week farm 50%");
        // another school's user gets no row, so no figure, for this school's placement
        assertThat(as("a2.dsl", () -> placements.list(PlacementFilter.ANY.withProvider(farm), PageRequest.of(0, 50))))
                .extracting(PlacementRow::id).doesNotContain(placement);
    }
}
