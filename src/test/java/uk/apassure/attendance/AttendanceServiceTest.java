package uk.apassure.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.attendance.AttendanceService.ConcurrentEdit;
import uk.apassure.attendance.AttendanceService.InvalidAttendance;
import uk.apassure.attendance.AttendanceService.InvalidImport;
import uk.apassure.base.time.MutableClock;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.calendar.AcademicYear;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.Session;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.placement.PlacementService;
import uk.apassure.provider.ProviderService;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/**
 * Attendance in MariaDB on a Tuesday of this school year (the fixture's placements at School A2
 * have a Tuesday-morning session): only the pupil's school marks and sees its pupils, trust leads
 * read, governors get counts, a CSV return with a bad row writes nothing.
 */
class AttendanceServiceTest extends IntegrationTest {

    @Autowired
    AttendanceMarkRepository marks;
    @Autowired
    AttendanceQueries queries;
    @Autowired
    SchoolCalendars schoolCalendars;
    @Autowired
    FollowUpRepository followUps;
    @Autowired
    PlacementService placements;
    @Autowired
    CalendarService calendars;
    @Autowired
    ProviderService providers;
    @Autowired
    AccessGuard access;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    PlacementFixtures placementFixtures;

    private MutableClock clock;
    private AttendanceService attendance;
    private LocalDate tuesday;

    @BeforeEach
    void onATuesdayOfThisYear() {
        int year = AcademicYear.of(LocalDate.now()).startYear();
        // the fixture's second half-term runs from 1 November: this Tuesday and the one before are in it
        tuesday = LocalDate.of(year, 11, 8).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        clock = new MutableClock(tuesday.atTime(9, 30).atZone(SchoolTime.ZONE).toInstant());
        attendance = new AttendanceService(marks, queries, followUps, placements, calendars, schoolCalendars,
                providers, access, CutOffs.DEFAULT, clock);
    }

    private void at(LocalTime time) {
        clock.set(tuesday.atTime(time).atZone(SchoolTime.ZONE).toInstant());
    }

    private SessionRow row(String user, long placement) {
        return as(user, () -> attendance.day(tuesday)).rows().stream().filter(r -> r.placementId() == placement)
                .findFirst().orElseThrow();
    }

    @Test
    void one_tap_marks_an_expected_session_and_a_stale_copy_is_refused() {
        long placement = fixtures.activeAtA2(fixtures.provider("Attendance farm"));
        SessionRow before = row("a2.dsl", placement);
        assertThat(before.session()).isEqualTo(Session.AM);
        assertThat(before.mark()).isNull();
        assertThat(before.registerCode()).isEqualTo(RegisterCode.B);
        assertThat(before.providerName()).isEqualTo("Attendance farm");

        long version = as("a2.aplead", () -> attendance.mark(placement, tuesday, Session.AM, Mark.PRESENT, null));
        assertThatThrownBy(() -> as("a2.dsl", () -> attendance.mark(placement, tuesday, Session.AM, Mark.LATE, null)))
                .isInstanceOf(ConcurrentEdit.class);
        as("a2.dsl", () -> attendance.mark(placement, tuesday, Session.AM, Mark.LATE, version));
        SessionRow after = row("a2.slt", placement);
        assertThat(after.mark()).isEqualTo(Mark.LATE);
        assertThat(after.markedBy()).isEqualTo("A2 DSL");

        // only sessions the timetable expects, and not ahead of the day
        assertThatThrownBy(() -> as("a2.dsl", () -> attendance.mark(placement, tuesday, Session.PM, Mark.PRESENT,
                null))).isInstanceOf(InvalidAttendance.class).hasMessageContaining("No session is expected");
        assertThatThrownBy(() -> as("a2.dsl", () -> attendance.mark(placement, tuesday.plusDays(1), Session.AM,
                Mark.PRESENT, null))).isInstanceOf(InvalidAttendance.class);
        assertThatThrownBy(() -> as("a2.dsl", () -> attendance.mark(placement, tuesday.plusWeeks(1), Session.AM,
                Mark.PRESENT, null))).isInstanceOf(InvalidAttendance.class).hasMessageContaining("not before");
    }

    @Test
    void another_schools_user_sees_none_trust_leads_read_and_governors_get_counts_only() {
        long placement = fixtures.activeAtA2(fixtures.provider("Scoped farm"));
        assertThat(as("a1.dsl", () -> attendance.day(tuesday)).rows())
                .noneMatch(r -> r.placementId() == placement);
        assertThat(as("b1.slt", () -> attendance.day(tuesday)).rows()).isEmpty();
        assertThatThrownBy(() -> as("a1.dsl", () -> attendance.mark(placement, tuesday, Session.AM, Mark.PRESENT,
                null))).isInstanceOf(PlacementService.NotFound.class);
        assertThatThrownBy(() -> as("a1.dsl", () -> attendance.forPlacement(placement)))
                .isInstanceOf(PlacementService.NotFound.class);

        AttendanceDay trust = as("a.trustlead", () -> attendance.day(tuesday));
        assertThat(trust.rows()).anyMatch(r -> r.placementId() == placement);
        assertThat(trust.canMark()).isFalse();
        assertThatThrownBy(() -> as("a.trustlead", () -> attendance.mark(placement, tuesday, Session.AM,
                Mark.PRESENT, null))).isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> as("a1.governor", () -> attendance.day(tuesday)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.governor", () -> attendance.notYetKnown()))
                .isInstanceOf(AccessDeniedException.class);
        AttendanceCounts governors = as("a1.governor", () -> attendance.counts(tuesday));
        AttendanceDay a1 = as("a1.dsl", () -> attendance.day(tuesday));
        assertThat(governors.expected()).isEqualTo(a1.rows().size());
    }

    @Test
    void an_unmarked_session_is_not_yet_known_from_ten_and_a_follow_up_is_recorded_for_it() {
        long placement = fixtures.activeAtA2(fixtures.provider("Follow-up farm"));
        at(LocalTime.of(9, 59));
        assertThat(as("a2.dsl", () -> attendance.notYetKnown())).noneMatch(u -> u.placementId() == placement);
        at(LocalTime.of(10, 0));
        assertThat(as("a2.dsl", () -> attendance.notYetKnown())).anyMatch(u -> u.placementId() == placement
                && u.session() == Session.AM && u.providerName().equals("Follow-up farm"));
        assertThat(as("a2.slt", () -> attendance.counts(tuesday)).notYetKnown()).isPositive();

        as("a2.dsl", () -> attendance.recordFollowUp(placement, tuesday, Session.AM, "Parent (mother)",
                "Unwell today; back tomorrow"));
        assertThat(row("a2.dsl", placement).followUps()).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo("Unwell today; back tomorrow"));
        assertThatThrownBy(() -> as("a2.dsl", () -> attendance.recordFollowUp(placement, tuesday, Session.AM, " ",
                "x"))).isInstanceOf(InvalidAttendance.class).hasMessageContaining("who was called");

        as("a2.dsl", () -> attendance.mark(placement, tuesday, Session.AM, Mark.AUTHORISED_ABSENCE, null));
        assertThat(as("a2.dsl", () -> attendance.notYetKnown())).noneMatch(u -> u.placementId() == placement);
    }

    @Test
    void a_return_with_a_bad_row_is_refused_with_its_row_number_and_nothing_is_written() {
        long placement = fixtures.activeAtA2(fixtures.provider("Import farm"));
        String upn = as("a2.dsl", () -> placements.week(placement)).upn();
        long elsewhere = placementFixtures.active("a1.aplead", LocalDate.now().minusMonths(1),
                Map.of(fixtures.provider("Elsewhere farm"), List.of(DayOfWeek.TUESDAY)));
        String otherUpn = as("a1.dsl", () -> placements.week(elsewhere)).upn();
        String date = String.format("%02d/%02d/%d", tuesday.getDayOfMonth(), tuesday.getMonthValue(),
                tuesday.getYear());
        String csv = "upn,date,session,mark\n" + upn + "," + date + ",AM,P\n" + otherUpn + "," + date + ",AM,P\n";

        ImportPreview preview = as("a2.dsl", () -> attendance.preview(csv));
        assertThat(preview.lines()).singleElement().satisfies(l -> assertThat(l.placementId()).isEqualTo(placement));
        // the other school's pupil is unknown here, not "another school's"
        assertThat(preview.errors()).containsExactly(new ImportPreview.RowError(3,
                "Unknown UPN: no active placement of your school."));
        assertThatThrownBy(() -> as("a2.dsl", () -> attendance.importReturn(csv))).isInstanceOf(InvalidImport.class)
                .hasMessageContaining("row 3");
        assertThat(marks.findByPlacementIdAndDateAndSession(placement, tuesday, Session.AM)).isEmpty();

        String bad = "upn,date,session,mark\n" + upn + ",31/02/2026,AM,P\n" + upn + "," + date + ",EVE,P\n"
                + upn + "," + date + ",AM,Q\n";
        assertThat(as("a2.dsl", () -> attendance.preview(bad)).errors()).extracting(ImportPreview.RowError::row)
                .containsExactly(2, 3, 4);

        String good = "upn,date,session,mark\n" + upn + "," + date + ",AM,L\n";
        assertThat(as("a2.dsl", () -> attendance.importReturn(good))).isEqualTo(1);
        assertThat(row("a2.dsl", placement).mark()).isEqualTo(Mark.LATE);
        assertThatThrownBy(() -> as("a1.governor", () -> attendance.preview(good)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_placement_page_shows_the_weeks_percentage() {
        long placement = fixtures.activeAtA2(fixtures.provider("Weekly farm"));
        as("a2.dsl", () -> attendance.mark(placement, tuesday, Session.AM, Mark.PRESENT, null));
        PlacementAttendance page = as("a2.dsl", () -> attendance.forPlacement(placement));
        assertThat(page.weeks()).hasSize(AttendanceService.WEEKS_SHOWN);
        WeekFigures thisWeek = page.weeks().getFirst();
        assertThat(thisWeek.weekOf()).isEqualTo(tuesday.minusDays(1));
        assertThat(thisWeek.expected()).isEqualTo(1);
        assertThat(thisWeek.percent().getAsDouble()).isEqualTo(100.0);
        // last week's Tuesday was never marked: 0%, one unmarked
        assertThat(page.weeks().get(1).unmarked()).isEqualTo(1);
        assertThat(page.weeks().get(1).percent().getAsDouble()).isZero();
    }

    @Test
    void the_day_is_read_a_page_at_a_time_narrowed_to_a_pupil_or_to_sessions_not_marked() {
        long first = fixtures.activeAtA2(fixtures.provider("Paged farm"));
        long second = fixtures.activeAtA2(fixtures.provider("Paged workshop"));
        String firstName = as("a2.dsl", () -> placements.week(first)).pupilName();
        AttendanceDay all = as("a2.dsl", () -> attendance.day(tuesday));
        assertThat(all.rows()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(all.expected()).isEqualTo(all.rows().size());
        assertThat(all.more()).isFalse();

        // pages follow the day's order (morning first, by pupil) without gaps or repeats
        AttendanceDay page1 = as("a2.dsl", () -> attendance.day(tuesday, DayFilter.ALL, 0, 1));
        AttendanceDay page2 = as("a2.dsl", () -> attendance.day(tuesday, DayFilter.ALL, 1, 1));
        assertThat(page1.rows()).containsExactly(all.rows().get(0));
        assertThat(page2.rows()).containsExactly(all.rows().get(1));
        assertThat(page1.more()).isTrue();
        assertThat(page2.offset()).isEqualTo(1);
        // the totals are the whole day's on every page
        assertThat(page2.expected()).isEqualTo(all.expected());
        AttendanceDay last = as("a2.dsl", () -> attendance.day(tuesday, DayFilter.ALL, all.rows().size() - 1, 1));
        assertThat(last.more()).isFalse();

        assertThat(as("a2.dsl", () -> attendance.day(tuesday, new DayFilter(false, firstName), 0, 50)).rows())
                .extracting(SessionRow::placementId).containsExactly(first);
        // a wildcard in the search is a character, not a pattern
        assertThat(as("a2.dsl", () -> attendance.day(tuesday, new DayFilter(false, "%"), 0, 50)).rows()).isEmpty();

        int unmarkedBefore = page1.unmarked();
        as("a2.dsl", () -> attendance.mark(second, tuesday, Session.AM, Mark.PRESENT, null));
        AttendanceDay unmarked = as("a2.dsl", () -> attendance.day(tuesday, new DayFilter(true, ""), 0, 50));
        assertThat(unmarked.rows()).extracting(SessionRow::placementId).contains(first).doesNotContain(second);
        assertThat(unmarked.rows()).allMatch(r -> r.mark() == null);
        assertThat(unmarked.unmarked()).isEqualTo(unmarkedBefore - 1);
        // another school's page never holds this school's pupils, whatever the search
        assertThat(as("a1.dsl", () -> attendance.day(tuesday, new DayFilter(false, firstName), 0, 50)).rows())
                .isEmpty();
    }
}
