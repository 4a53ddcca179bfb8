package uk.apassure.attendance;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import uk.apassure.base.time.MutableClock;
import uk.apassure.calendar.CalendarYear;
import uk.apassure.calendar.Closure;
import uk.apassure.calendar.ClosureKind;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.calendar.SchoolSession;
import uk.apassure.calendar.Session;
import uk.apassure.calendar.TermDates;
import uk.apassure.calendar.YearPlan;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.PlacementWeek;
import uk.apassure.placement.Timetable;
import uk.apassure.placement.TimetableSession;

/** Expected sessions, the weekly percentage and the follow-up cut-off at their edges, on TermDates. */
class AttendanceRulesTest {

    private static final SchoolCalendar CALENDAR = TermDates.calendar();

    private static TimetableSession slot(DayOfWeek day, Session session, long provider) {
        return session == Session.AM
                ? new TimetableSession(day, session, provider, 1, LocalTime.of(9, 0), LocalTime.of(12, 0))
                : new TimetableSession(day, session, provider, 1, LocalTime.of(13, 0), LocalTime.of(15, 0));
    }

    private static PlacementWeek placement(LocalDate starts, @Nullable LocalDate ends, TimetableSession... sessions) {
        return new PlacementWeek(7, 1, "Pupil", "A123", PlacementType.VOCATIONAL, starts, ends, false,
                new Timetable(List.of(sessions)));
    }

    private static final PlacementWeek MON_AND_FRI = placement(of(2025, 9, 1), null,
            slot(DayOfWeek.MONDAY, Session.AM, 10), slot(DayOfWeek.MONDAY, Session.PM, 11),
            slot(DayOfWeek.FRIDAY, Session.AM, 10));

    private static int expectedInWeekOf(PlacementWeek placement, SchoolCalendar calendar, LocalDate monday) {
        return AttendanceRules.expected(placement, calendar, monday, monday.plusDays(4)).size();
    }

    @Test
    void a_full_week_expects_every_timetabled_session_and_half_term_none() {
        assertThat(expectedInWeekOf(MON_AND_FRI, CALENDAR, of(2026, 10, 19))).isEqualTo(3);
        // half-term: 26-30 Oct 2026
        assertThat(expectedInWeekOf(MON_AND_FRI, CALENDAR, of(2026, 10, 26))).isZero();
    }

    @Test
    void an_inset_day_and_a_bank_holiday_expect_nothing() {
        // Mon 2 Nov 2026 is an INSET day: only Friday morning is left
        assertThat(AttendanceRules.expected(MON_AND_FRI, CALENDAR, of(2026, 11, 2), of(2026, 11, 6)))
                .extracting(ExpectedSession::date, ExpectedSession::session)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(of(2026, 11, 6), Session.AM));
        // Mon 4 May 2026, early May bank holiday, inside Summer 1
        assertThat(expectedInWeekOf(MON_AND_FRI, CALENDAR, of(2026, 5, 4))).isEqualTo(1);
        // Good Friday 3 Apr 2026 falls inside Spring 2: Monday only
        assertThat(expectedInWeekOf(MON_AND_FRI, CALENDAR, of(2026, 3, 30))).isEqualTo(2);
    }

    @Test
    void a_closure_expects_nothing_that_day() {
        YearPlan plan = TermDates.plan2026();
        SchoolCalendar snowed = new SchoolCalendar("Snowed", List.of(CalendarYear.of(plan.year(), plan.halfTerms(),
                List.of(new Closure(of(2026, 10, 19), ClosureKind.CLOSURE, "Snow")), TermDates.BANK_HOLIDAYS)));
        assertThat(expectedInWeekOf(MON_AND_FRI, snowed, of(2026, 10, 19))).isEqualTo(1);
    }

    @Test
    void a_placement_starting_or_ending_mid_week_expects_only_its_own_days() {
        TimetableSession[] week = {slot(DayOfWeek.MONDAY, Session.AM, 10), slot(DayOfWeek.WEDNESDAY, Session.AM, 10),
                slot(DayOfWeek.FRIDAY, Session.AM, 10)};
        PlacementWeek startsWednesday = placement(of(2026, 10, 14), null, week);
        assertThat(AttendanceRules.expected(startsWednesday, CALENDAR, of(2026, 10, 12), of(2026, 10, 16)))
                .extracting(ExpectedSession::date).containsExactly(of(2026, 10, 14), of(2026, 10, 16));
        PlacementWeek endsWednesday = placement(of(2026, 9, 7), of(2026, 10, 21), week);
        assertThat(AttendanceRules.expected(endsWednesday, CALENDAR, of(2026, 10, 19), of(2026, 10, 23)))
                .extracting(ExpectedSession::date).containsExactly(of(2026, 10, 19), of(2026, 10, 21));
        // the provider of each session comes from its slot
        assertThat(AttendanceRules.expected(MON_AND_FRI, CALENDAR, of(2026, 10, 19), of(2026, 10, 19)))
                .extracting(s -> s.slot().providerId()).containsExactly(10L, 11L);
    }

    @Test
    void the_weekly_percentage_counts_late_as_attended_leaves_out_closures_and_counts_unmarked_against() {
        PlacementWeek daily = placement(of(2026, 9, 7), null, slot(DayOfWeek.MONDAY, Session.AM, 10),
                slot(DayOfWeek.TUESDAY, Session.AM, 10), slot(DayOfWeek.WEDNESDAY, Session.AM, 10),
                slot(DayOfWeek.THURSDAY, Session.AM, 10), slot(DayOfWeek.FRIDAY, Session.AM, 10));
        Map<SchoolSession, Mark> marks = Map.of(
                new SchoolSession(of(2026, 10, 19), Session.AM), Mark.PRESENT,
                new SchoolSession(of(2026, 10, 20), Session.AM), Mark.LATE,
                new SchoolSession(of(2026, 10, 21), Session.AM), Mark.NOT_EXPECTED,
                new SchoolSession(of(2026, 10, 22), Session.AM), Mark.UNAUTHORISED_ABSENCE);
        List<WeekFigures> weeks = AttendanceRules.weeks(daily, CALENDAR, marks, of(2026, 10, 21), of(2026, 10, 23));
        assertThat(weeks).hasSize(1);
        WeekFigures week = weeks.getFirst();
        assertThat(week.weekOf()).isEqualTo(of(2026, 10, 19));
        assertThat(week).extracting(WeekFigures::expected, WeekFigures::attended, WeekFigures::absent,
                WeekFigures::notExpected, WeekFigures::unmarked).containsExactly(5, 2, 1, 1, 1);
        // 2 attended of 4 that count (Friday unmarked counts, the closure does not)
        assertThat(week.percent().getAsDouble()).isEqualTo(50.0);
        // counted up to today only: on Tuesday, Wednesday to Friday are not in yet
        WeekFigures tuesday = AttendanceRules.weeks(daily, CALENDAR, marks, of(2026, 10, 19), of(2026, 10, 20))
                .getFirst();
        assertThat(tuesday.expected()).isEqualTo(2);
        assertThat(tuesday.percent().getAsDouble()).isEqualTo(100.0);
        // half-term: nothing counts, no percentage
        assertThat(AttendanceRules.weeks(daily, CALENDAR, Map.of(), of(2026, 10, 26), of(2026, 10, 30)).getFirst()
                .percent()).isEmpty();
    }

    @Test
    void an_unmarked_session_is_not_yet_known_from_its_cut_off_on_and_every_later_day() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:59:59Z"));
        LocalDate monday = of(2026, 11, 23);
        CutOffs cutOffs = CutOffs.DEFAULT;
        assertThat(AttendanceRules.notYetKnown(monday, Session.AM, LocalDateTime.now(clock), cutOffs)).isFalse();
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(AttendanceRules.notYetKnown(monday, Session.AM, LocalDateTime.now(clock), cutOffs)).isTrue();
        assertThat(AttendanceRules.notYetKnown(monday, Session.PM, LocalDateTime.now(clock), cutOffs)).isFalse();
        clock.set(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(AttendanceRules.notYetKnown(monday, Session.PM, LocalDateTime.now(clock), cutOffs)).isTrue();
        // in summer time the cut-off is 10:00 in London, 09:00 UTC
        clock.set(Instant.parse("2026-06-15T09:00:00Z"));
        assertThat(AttendanceRules.notYetKnown(of(2026, 6, 15), Session.AM, LocalDateTime.now(clock), cutOffs))
                .isTrue();
        // a configured cut-off moves it
        CutOffs later = new CutOffs(LocalTime.of(11, 0), LocalTime.of(15, 0));
        assertThat(AttendanceRules.notYetKnown(of(2026, 6, 15), Session.AM, LocalDateTime.now(clock), later))
                .isFalse();
        assertThat(AttendanceRules.notYetKnown(of(2026, 6, 12), Session.PM, LocalDateTime.now(clock), later))
                .isTrue();
    }

    @Test
    void the_register_carries_d_for_a_dual_registered_placement_and_b_otherwise() {
        assertThat(RegisterCode.of(MON_AND_FRI)).isEqualTo(RegisterCode.B);
        PlacementWeek dual = new PlacementWeek(8, 1, "Pupil", "A1", PlacementType.OFF_SITE_DIRECTION, of(2026, 9, 7),
                null, true, MON_AND_FRI.timetable());
        assertThat(RegisterCode.of(dual)).isEqualTo(RegisterCode.D);
    }
}
