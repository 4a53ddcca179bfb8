package uk.apassure.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.apassure.calendar.CalendarYear.DayKind;

class SchoolCalendarTest {

    private final SchoolCalendar calendar = TermDates.calendar();

    @Test
    void a_school_day_is_a_weekday_in_a_half_term_that_is_no_bank_holiday_or_closure() {
        assertThat(calendar.isSchoolDay(of(2026, 12, 1))).isTrue();
        assertThat(calendar.yearOf(of(2026, 12, 5)).dayKind(of(2026, 12, 5))).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.yearOf(of(2026, 10, 28)).dayKind(of(2026, 10, 28))).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.yearOf(of(2027, 5, 3)).dayKind(of(2027, 5, 3))).isEqualTo(DayKind.BANK_HOLIDAY);
        assertThat(calendar.yearOf(of(2026, 11, 2)).dayKind(of(2026, 11, 2))).isEqualTo(DayKind.INSET);
    }

    @Test
    void the_first_and_last_days_of_a_half_term_are_school_days_and_the_days_around_them_are_not() {
        assertThat(calendar.isSchoolDay(of(2027, 2, 22))).isTrue();
        assertThat(calendar.isSchoolDay(of(2027, 2, 19))).isFalse();
        assertThat(calendar.isSchoolDay(of(2027, 2, 12))).isTrue();
        assertThat(calendar.isSchoolDay(of(2027, 2, 15))).isFalse();
        assertThat(calendar.halfTermOf(of(2027, 2, 12))).map(HalfTerm::name).contains("Spring 1");
        assertThat(calendar.halfTermOf(of(2027, 2, 22))).map(HalfTerm::name).contains("Spring 2");
        assertThat(calendar.halfTermOf(of(2027, 2, 17))).isEmpty();
    }

    @Test
    void the_day_after_half_term_skips_an_inset_monday() {
        // Autumn 1 ends Fri 23 Oct 2026; Autumn 2 starts with an INSET day on Mon 2 Nov
        assertThat(calendar.nthSchoolDayAfter(of(2026, 10, 23), 1)).isEqualTo(of(2026, 11, 3));
        assertThat(calendar.nthSchoolDayBefore(of(2026, 11, 3), 1)).isEqualTo(of(2026, 10, 23));
        assertThat(calendar.nthSchoolDayBefore(of(2026, 11, 3), 2)).isEqualTo(of(2026, 10, 22));
    }

    @Test
    void an_inset_friday_before_half_term_is_skipped_backwards() {
        assertThat(calendar.isSchoolDay(of(2025, 10, 24))).isFalse();
        assertThat(calendar.nthSchoolDayBefore(of(2025, 11, 3), 1)).isEqualTo(of(2025, 10, 23));
        assertThat(calendar.nthSchoolDayAfter(of(2025, 10, 23), 1)).isEqualTo(of(2025, 11, 3));
    }

    @Test
    void christmas_is_crossed_to_the_first_day_after_the_january_inset_day() {
        assertThat(calendar.isSchoolDay(of(2026, 12, 25))).isFalse();
        assertThat(calendar.nthSchoolDayAfter(of(2026, 12, 18), 1)).isEqualTo(of(2027, 1, 5));
        assertThat(calendar.nthSchoolDayBefore(of(2027, 1, 5), 1)).isEqualTo(of(2026, 12, 18));
        assertThat(calendar.schoolDaysBetween(of(2026, 12, 14), of(2027, 1, 8))).isEqualTo(5 + 4);
    }

    @Test
    void good_friday_and_easter_monday_inside_term_are_not_school_days() {
        // 2025-26 here runs Spring 2 to Good Friday (3 Apr 2026) and starts Summer 1 on Easter Monday
        assertThat(calendar.isSchoolDay(of(2026, 4, 3))).isFalse();
        assertThat(calendar.isSchoolDay(of(2026, 4, 6))).isFalse();
        assertThat(calendar.nthSchoolDayAfter(of(2026, 4, 2), 1)).isEqualTo(of(2026, 4, 7));
        assertThat(calendar.schoolDaysBetween(of(2026, 3, 30), of(2026, 4, 10))).isEqualTo(8);
    }

    @Test
    void the_early_may_and_spring_bank_holidays_take_a_day_out_of_their_weeks() {
        assertThat(calendar.schoolDaysBetween(of(2026, 5, 4), of(2026, 5, 8))).isEqualTo(4);
        assertThat(calendar.schoolDaysBetween(of(2026, 5, 25), of(2026, 5, 29))).isEqualTo(4);
        assertThat(calendar.schoolDaysBetween(of(2026, 5, 11), of(2026, 5, 15))).isEqualTo(5);
        assertThat(calendar.nthSchoolDayBefore(of(2027, 5, 4), 1)).isEqualTo(of(2027, 4, 30));
    }

    @Test
    void counting_from_a_day_includes_it_when_it_is_a_school_day() {
        // 000 §10: a suspension from Wed 16 Dec 2026; its sixth school day is after Christmas
        assertThat(calendar.nthSchoolDayFrom(of(2026, 12, 16), 1)).isEqualTo(of(2026, 12, 16));
        assertThat(calendar.nthSchoolDayFrom(of(2026, 12, 16), 3)).isEqualTo(of(2026, 12, 18));
        assertThat(calendar.nthSchoolDayFrom(of(2026, 12, 16), 6)).isEqualTo(of(2027, 1, 7));
        // starting in the holidays, day 1 is the first school day after
        assertThat(calendar.nthSchoolDayFrom(of(2026, 12, 19), 1)).isEqualTo(of(2027, 1, 5));
    }

    @Test
    void between_counts_both_ends_and_is_zero_backwards() {
        assertThat(calendar.schoolDaysBetween(of(2026, 12, 1), of(2026, 12, 1))).isEqualTo(1);
        assertThat(calendar.schoolDaysBetween(of(2026, 12, 5), of(2026, 12, 6))).isZero();
        assertThat(calendar.schoolDaysBetween(of(2026, 12, 2), of(2026, 12, 1))).isZero();
    }

    @Test
    void a_timetable_has_sessions_only_on_school_days() {
        Set<SessionSlot> timetable = Set.of(new SessionSlot(DayOfWeek.MONDAY, Session.AM),
                new SessionSlot(DayOfWeek.MONDAY, Session.PM), new SessionSlot(DayOfWeek.WEDNESDAY, Session.AM));
        // Mon 2 Nov 2026 is an INSET day: its two sessions do not happen
        assertThat(calendar.sessionsBetween(timetable, of(2026, 11, 2), of(2026, 11, 13))).containsExactly(
                new SchoolSession(of(2026, 11, 4), Session.AM),
                new SchoolSession(of(2026, 11, 9), Session.AM),
                new SchoolSession(of(2026, 11, 9), Session.PM),
                new SchoolSession(of(2026, 11, 11), Session.AM));
    }

    @Test
    void a_year_without_a_calendar_is_an_error_that_names_the_year_and_school() {
        assertThatThrownBy(() -> calendar.isSchoolDay(of(2028, 9, 4)))
                .isInstanceOf(NoCalendar.class).hasMessageStartingWith("No calendar for 2028-29 at Test School");
        // the last day of 2026-27 is 21 Jul 2027: the next school day lies in 2027-28, not set up
        assertThatThrownBy(() -> calendar.nthSchoolDayAfter(of(2027, 7, 21), 1))
                .isInstanceOf(NoCalendar.class).hasMessageStartingWith("No calendar for 2027-28");
        assertThatThrownBy(() -> calendar.nthSchoolDayBefore(of(2025, 9, 3), 1))
                .isInstanceOf(NoCalendar.class).hasMessageStartingWith("No calendar for 2024-25");
    }

    @Test
    void a_year_of_these_term_dates_has_190_school_days() {
        assertThat(calendar.yearOf(of(2026, 12, 1)).schoolDays()).isEqualTo(190);
    }

    @Test
    void counts_start_at_one() {
        assertThatThrownBy(() -> calendar.nthSchoolDayAfter(of(2026, 12, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void academic_years_run_from_september_to_august() {
        assertThat(AcademicYear.of(of(2026, 8, 31)).label()).isEqualTo("2025-26");
        assertThat(AcademicYear.of(of(2026, 9, 1)).label()).isEqualTo("2026-27");
        assertThat(new AcademicYear(2099).label()).isEqualTo("2099-00");
    }

    @Test
    void a_plan_lists_every_problem_in_words() {
        YearPlan good = TermDates.plan2026();
        assertThat(good.problems()).isEmpty();
        YearPlan bad = new YearPlan(good.year(), List.of(
                TermDates.half(1, of(2026, 9, 1), of(2026, 10, 23)),
                TermDates.half(2, of(2026, 10, 20), of(2026, 12, 18)),
                TermDates.half(3, of(2027, 1, 4), of(2027, 2, 12)),
                TermDates.half(4, of(2027, 2, 22), of(2027, 3, 26)),
                TermDates.half(5, of(2027, 4, 12), of(2027, 5, 28)),
                TermDates.half(6, of(2027, 6, 7), of(2027, 9, 21))),
                List.of(TermDates.inset(of(2026, 12, 5)), TermDates.inset(of(2026, 12, 23)),
                        new Closure(of(2026, 12, 1), ClosureKind.CLOSURE, "x".repeat(201))), 0);
        assertThat(bad.problems()).containsExactly(
                "Autumn 2 starts before the previous half-term ends.",
                "Summer 2 must lie inside 2026-27 (Tue 1 Sep 2026 to Tue 31 Aug 2027).",
                "The reason for Tue 1 Dec 2026 is longer than 200 characters.",
                "Sat 5 Dec 2026 is a weekend: only weekdays need closing.",
                "Wed 23 Dec 2026 is not inside a half-term: the school is on holiday then anyway.");
        assertThat(new YearPlan(good.year(), good.halfTerms().subList(0, 5), List.of(), 0).problems())
                .containsExactly("A year has six half-terms, Autumn 1 to Summer 2.");
    }
}
