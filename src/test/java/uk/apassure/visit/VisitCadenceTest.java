package uk.apassure.visit;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.calendar.SchoolSession;
import uk.apassure.calendar.Session;
import uk.apassure.calendar.SessionSlot;
import uk.apassure.calendar.TermDates;
import uk.apassure.visit.VisitCadence.Basis;
import uk.apassure.visit.VisitCadence.Due;
import uk.apassure.visit.VisitCadence.NextVisit;

/**
 * 003: a visit a month or every ten sessions, whichever comes first, with sessions from the
 * timetable on the test school's calendar (TermDates: half-terms, INSET days, bank holidays).
 */
class VisitCadenceTest {

    private static final SchoolCalendar CALENDAR = TermDates.calendar();
    private static final LocalDate LONG_AGO = of(2025, 9, 3);

    private static Set<SessionSlot> days(DayOfWeek... days) {
        Set<SessionSlot> week = new HashSet<>();
        for (DayOfWeek day : days) {
            week.add(new SessionSlot(day, Session.AM));
            week.add(new SessionSlot(day, Session.PM));
        }
        return week;
    }

    private static final Set<SessionSlot> FULL_TIME = days(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    private static NextVisit after(LocalDate visit, Set<SessionSlot> week) {
        return VisitCadence.next(LONG_AGO, null, visit, VisitCadence.expected(CALENDAR, week));
    }

    @Test
    void two_sessions_a_week_reach_the_month_before_the_tenth_session() {
        // Tuesdays, morning and afternoon; visit Tue 10 Nov 2026: sessions 17, 24 Nov, 1, 8, 15 Dec
        NextVisit next = after(of(2026, 11, 10), days(TUESDAY));
        assertThat(next.due()).isEqualTo(of(2026, 12, 10));
        assertThat(next.basis()).isEqualTo(Basis.MONTH);
        assertThat(next.lastVisit()).isEqualTo(of(2026, 11, 10));
    }

    @Test
    void full_time_reaches_ten_sessions_in_a_week() {
        // visit Mon 9 Nov 2026: Tue-Fri are eight sessions, Monday 16 the ninth and tenth
        NextVisit next = after(of(2026, 11, 9), FULL_TIME);
        assertThat(next.due()).isEqualTo(of(2026, 11, 16));
        assertThat(next.basis()).isEqualTo(Basis.TEN_SESSIONS);
    }

    @Test
    void the_tenth_session_not_the_ninth_is_the_due_day() {
        // mornings only, Mon-Fri; visit Mon 9 Nov: Fri 20 Nov is the ninth session, Mon 23 Nov the tenth
        Set<SessionSlot> mornings = Arrays.stream(new DayOfWeek[] {MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY})
                .map(day -> new SessionSlot(day, Session.AM)).collect(Collectors.toSet());
        assertThat(after(of(2026, 11, 9), mornings).due()).isEqualTo(of(2026, 11, 23));
    }

    @Test
    void a_month_after_the_31st_is_the_end_of_a_short_month() {
        Set<SessionSlot> mondayMorning = Set.of(new SessionSlot(MONDAY, Session.AM));
        assertThat(after(of(2026, 1, 31), mondayMorning).due()).isEqualTo(of(2026, 2, 28));
        assertThat(after(of(2026, 3, 31), mondayMorning).due()).isEqualTo(of(2026, 4, 30));
        assertThat(after(of(2026, 10, 30), mondayMorning).due()).isEqualTo(of(2026, 11, 30));
    }

    @Test
    void half_term_and_an_inset_day_hold_no_sessions() {
        // visit Wed 21 Oct 2026: Thu 22, Fri 23 Oct (4), half-term 26-30 Oct, Mon 2 Nov INSET, Tue 3 - Thu 5 Nov (10);
        // counting weekdays would have said Wed 28 Oct
        assertThat(after(of(2026, 10, 21), FULL_TIME).due()).isEqualTo(of(2026, 11, 5));
        // 2025-26: Fri 24 Oct 2025 is an INSET day before half-term; visit Wed 22 Oct: Thu 23 (2), Mon 3 - Thu 6 Nov (10)
        assertThat(after(of(2025, 10, 22), FULL_TIME).due()).isEqualTo(of(2025, 11, 6));
    }

    @Test
    void a_bank_holiday_holds_no_sessions() {
        // visit Wed 29 Apr 2026: Thu 30 Apr, Fri 1 May (4), Mon 4 May early-May bank holiday, Tue 5 - Thu 7 May (10)
        assertThat(after(of(2026, 4, 29), FULL_TIME).due()).isEqualTo(of(2026, 5, 7));
        // Good Friday 3 Apr and Easter Monday 6 Apr 2026: visit Wed 1 Apr, Thu 2 (2), Tue 7 - Fri 10 Apr (10)
        assertThat(after(of(2026, 4, 1), FULL_TIME).due()).isEqualTo(of(2026, 4, 10));
    }

    @Test
    void with_no_visit_the_clock_starts_at_the_start_and_its_first_day_counts() {
        // start Mon 9 Nov 2026, full time: Mon 9 - Fri 13 Nov are the ten sessions
        NextVisit fromStart = VisitCadence.next(of(2026, 11, 9), null, null, VisitCadence.expected(CALENDAR, FULL_TIME));
        assertThat(fromStart.due()).isEqualTo(of(2026, 11, 13));
        assertThat(fromStart.since()).isEqualTo(of(2026, 11, 9));
        assertThat(fromStart.lastVisit()).isNull();
        // Tuesdays from Wed 11 Nov: four Tuesdays in the month, so a month after the start
        assertThat(VisitCadence.next(of(2026, 11, 11), null, null, VisitCadence.expected(CALENDAR, days(TUESDAY)))
                .due()).isEqualTo(of(2026, 12, 11));
        // from Mon 9 Nov the month holds five Tuesdays: the tenth session, Tue 8 Dec, comes first
        assertThat(VisitCadence.next(of(2026, 11, 9), null, null, VisitCadence.expected(CALENDAR, days(TUESDAY)))
                .due()).isEqualTo(of(2026, 12, 8));
    }

    @Test
    void a_visit_before_the_start_does_not_count_for_the_placement() {
        // the pre-placement visit on Mon 2 Nov 2026 does not review the pupil who starts on Mon 9 Nov
        NextVisit next = VisitCadence.next(of(2026, 11, 9), null, of(2026, 11, 2),
                VisitCadence.expected(CALENDAR, FULL_TIME));
        assertThat(next.due()).isEqualTo(of(2026, 11, 13));
        assertThat(next.lastVisit()).isNull();
    }

    @Test
    void a_visit_on_the_due_day_is_on_time_and_starts_the_clock_again() {
        LocalDate start = of(2026, 11, 9);
        LocalDate due = VisitCadence.next(start, null, null, VisitCadence.expected(CALENDAR, FULL_TIME)).due();
        assertThat(due).isEqualTo(of(2026, 11, 13));
        assertThat(VisitCadence.state(due, due)).isEqualTo(Due.DUE_SOON);
        assertThat(VisitCadence.state(due, due.plusDays(1))).isEqualTo(Due.OVERDUE);

        NextVisit afterVisit = VisitCadence.next(start, null, due, VisitCadence.expected(CALENDAR, FULL_TIME));
        // the sessions of the visit day itself were seen: Mon 16 - Fri 20 Nov
        assertThat(afterVisit.due()).isEqualTo(of(2026, 11, 20));
        assertThat(VisitCadence.state(afterVisit.due(), due)).isEqualTo(Due.DUE_SOON);
        assertThat(VisitCadence.state(afterVisit.due(), due.minusDays(1))).isEqualTo(Due.NOT_YET);
    }

    @Test
    void each_provider_of_a_placement_counts_its_own_sessions() {
        // Mon-Wed at the farm (visited Mon 9 Nov), Thu-Fri at the workshop (never visited); start Mon 2 Nov, an INSET day
        LocalDate start = of(2026, 11, 2);
        NextVisit farm = VisitCadence.next(start, null, of(2026, 11, 9),
                VisitCadence.expected(CALENDAR, days(MONDAY, TUESDAY, WEDNESDAY)));
        NextVisit workshop = VisitCadence.next(start, null, null,
                VisitCadence.expected(CALENDAR, days(THURSDAY, FRIDAY)));
        // farm: Tue 10, Wed 11 (4), Mon 16 - Wed 18 Nov (10); workshop: Thu 5, Fri 6, Thu 12, Fri 13 (8), Thu 19 (10)
        assertThat(farm.due()).isEqualTo(of(2026, 11, 18));
        assertThat(workshop.due()).isEqualTo(of(2026, 11, 19));
        assertThat(workshop.since()).isEqualTo(start);
    }

    @Test
    void no_sessions_after_the_planned_end() {
        // full time from Mon 9 Nov, ending Wed 11 Nov: six sessions, so a month after the start
        NextVisit next = VisitCadence.next(of(2026, 11, 9), of(2026, 11, 11), null,
                VisitCadence.expected(CALENDAR, FULL_TIME));
        assertThat(next.due()).isEqualTo(of(2026, 12, 9));
        assertThat(next.basis()).isEqualTo(Basis.MONTH);
    }

    @Test
    void a_month_into_a_year_without_a_calendar_is_an_error_not_a_guess() {
        // visit Mon 16 Aug 2027: the month runs into September 2027, and 2027-28 is not set up
        assertThatThrownBy(() -> after(of(2027, 8, 16), days(TUESDAY)))
                .isInstanceOf(NoCalendar.class).hasMessageStartingWith("No calendar for 2027-28 at Test School");
    }

    @Test
    void the_calendar_is_read_only_as_far_as_the_tenth_session() {
        // a source that fails past Fri 13 Nov: full time from Mon 9 Nov never needs it
        VisitCadence.Sessions upToFriday = (from, to) -> VisitCadence.expected(CALENDAR, FULL_TIME).between(from, to)
                .peek(session -> {
                    if (session.date().isAfter(of(2026, 11, 13))) {
                        throw new AssertionError("read past the tenth session: " + session);
                    }
                });
        assertThat(VisitCadence.next(of(2026, 11, 9), null, null, upToFriday).due()).isEqualTo(of(2026, 11, 13));
    }

    @Test
    void attended_sessions_can_replace_the_expected_ones() {
        // the rule takes any source: here a pupil who attended only three Tuesdays of a full-time week
        List<SchoolSession> attended = List.of(new SchoolSession(of(2026, 11, 10), Session.AM),
                new SchoolSession(of(2026, 11, 17), Session.AM), new SchoolSession(of(2026, 11, 24), Session.AM));
        NextVisit next = VisitCadence.next(LONG_AGO, null, of(2026, 11, 9), (from, to) -> attended.stream()
                .filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to)));
        assertThat(next.due()).isEqualTo(of(2026, 12, 9));
        assertThat(next.basis()).isEqualTo(Basis.MONTH);
    }

    @Test
    void due_soon_is_within_seven_days() {
        LocalDate due = of(2026, 12, 10);
        assertThat(VisitCadence.state(due, due.minusDays(7))).isEqualTo(Due.DUE_SOON);
        assertThat(VisitCadence.state(due, due.minusDays(8))).isEqualTo(Due.NOT_YET);
    }
}
