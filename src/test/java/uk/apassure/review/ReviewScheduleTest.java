package uk.apassure.review;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import uk.apassure.base.time.MutableClock;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.TermDates;
import uk.apassure.placement.PlacementBrief;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.review.ReviewOutlook.Due;

/**
 * The review schedule on the test calendar (TermDates), at its edges: the first of a half-term's last
 * ten school days, the day after it ends, windows stretched by a bank holiday, INSET days and Good
 * Friday, terms, a concern at the provider and three formal reviews without improvement.
 */
class ReviewScheduleTest {

    private final ReviewSchedule schedule = new ReviewSchedule(TermDates.calendar());
    private final MutableClock clock = new MutableClock();
    private final List<HeldReview> held = new ArrayList<>();
    private final List<LocalDate> concerns = new ArrayList<>();

    private static PlacementBrief placement(LocalDate startsOn, @Nullable LocalDate endsOn) {
        return new PlacementBrief(1, 1, "Test Pupil", PlacementStatus.ACTIVE, startsOn, endsOn, "Attend", Set.of(7L));
    }

    private static final PlacementBrief FROM_SEPTEMBER = placement(of(2026, 9, 3), null);

    private void on(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(SchoolTime.ZONE).toInstant());
    }

    private ReviewOutlook outlook(PlacementBrief placement) {
        return schedule.outlook(placement, held, concerns, LocalDate.now(clock));
    }

    private void held(LocalDate on, ReviewKind kind, @Nullable Boolean improved) {
        held.add(new HeldReview(1, held.size() + 1, on, kind, improved));
    }

    @Test
    void a_half_termly_review_is_due_from_the_first_of_the_last_ten_school_days() {
        held(of(2026, 10, 12), ReviewKind.HALF_TERMLY, null);
        // Autumn 2 ends Fri 18 Dec 2026: its last ten school days start Mon 7 Dec
        on(of(2026, 12, 4));
        Due before = outlook(FROM_SEPTEMBER).halfTermly();
        assertThat(before).isEqualTo(new Due(DueState.UP_TO_DATE, "Autumn 2", of(2026, 12, 7), of(2026, 12, 18)));
        on(of(2026, 12, 7));
        assertThat(outlook(FROM_SEPTEMBER).halfTermly())
                .isEqualTo(new Due(DueState.DUE, "Autumn 2", of(2026, 12, 7), of(2026, 12, 18)));
        assertThat(outlook(FROM_SEPTEMBER).dueBy()).isEqualTo(of(2026, 12, 18));
    }

    @Test
    void it_is_overdue_the_day_after_the_half_term_ends_until_a_review_is_held() {
        held(of(2026, 10, 12), ReviewKind.HALF_TERMLY, null);
        on(of(2026, 12, 18));
        assertThat(outlook(FROM_SEPTEMBER).halfTermly().state()).isEqualTo(DueState.DUE);
        on(of(2026, 12, 19));
        assertThat(outlook(FROM_SEPTEMBER).halfTermly())
                .isEqualTo(new Due(DueState.OVERDUE, "Autumn 2", of(2026, 12, 7), of(2026, 12, 18)));
        // still overdue on the INSET day that opens Spring 1
        on(of(2027, 1, 4));
        assertThat(outlook(FROM_SEPTEMBER).state()).isEqualTo(DueState.OVERDUE);
        assertThat(outlook(FROM_SEPTEMBER).reasons())
                .contains("Half-termly review overdue: Autumn 2 ended Fri 18 Dec 2026 without one");
        // a late review clears it and counts for Spring 1
        held(of(2027, 1, 5), ReviewKind.HALF_TERMLY, null);
        on(of(2027, 1, 6));
        assertThat(outlook(FROM_SEPTEMBER).halfTermly())
                .isEqualTo(new Due(DueState.UP_TO_DATE, "Spring 2", of(2027, 3, 12), of(2027, 3, 26)));
    }

    @Test
    void the_window_is_counted_in_school_days_so_holidays_inside_it_move_it_earlier() {
        // Spring 2 2027 ends on Good Friday (26 Mar, a bank holiday): ten school days back is Fri 12 Mar
        held(of(2027, 2, 1), ReviewKind.HALF_TERMLY, null);
        on(of(2027, 3, 11));
        assertThat(outlook(FROM_SEPTEMBER).halfTermly().state()).isEqualTo(DueState.UP_TO_DATE);
        on(of(2027, 3, 12));
        assertThat(outlook(FROM_SEPTEMBER).halfTermly().state()).isEqualTo(DueState.DUE);

        // Summer 1 2026 has the spring bank holiday (25 May) in its last fortnight: due from Fri 15 May
        PlacementBrief spring = placement(of(2026, 4, 7), null);
        held.clear();
        on(of(2026, 5, 14));
        assertThat(outlook(spring).halfTermly())
                .isEqualTo(new Due(DueState.UP_TO_DATE, "Summer 1", of(2026, 5, 15), of(2026, 5, 29)));
        on(of(2026, 5, 15));
        assertThat(outlook(spring).halfTermly().state()).isEqualTo(DueState.DUE);
    }

    @Test
    void a_placement_that_starts_inside_the_last_ten_school_days_owes_its_first_review_next_half_term() {
        PlacementBrief late = placement(of(2026, 12, 7), null);
        on(of(2026, 12, 18));
        assertThat(outlook(late).halfTermly())
                .isEqualTo(new Due(DueState.UP_TO_DATE, "Spring 1", of(2027, 2, 1), of(2027, 2, 12)));
        on(of(2026, 12, 21));
        assertThat(outlook(late).state()).isEqualTo(DueState.UP_TO_DATE);

        PlacementBrief dayBefore = placement(of(2026, 12, 4), null);
        on(of(2026, 12, 7));
        assertThat(outlook(dayBefore).halfTermly().state()).isEqualTo(DueState.DUE);
        // one that ends before the window opens owes nothing for that half-term
        on(of(2026, 12, 21));
        assertThat(outlook(placement(of(2026, 11, 3), of(2026, 12, 4))).halfTermly().state())
                .isEqualTo(DueState.UP_TO_DATE);
    }

    @Test
    void the_agreement_is_reviewed_termly_and_only_a_termly_agreement_review_counts() {
        held(of(2026, 10, 12), ReviewKind.HALF_TERMLY, null);
        held(of(2026, 11, 20), ReviewKind.FORMAL, true);
        // the Autumn term ends Fri 18 Dec: due from Mon 7 Dec, though the half-term is covered
        on(of(2026, 12, 4));
        assertThat(outlook(FROM_SEPTEMBER).termly())
                .isEqualTo(new Due(DueState.UP_TO_DATE, "Autumn term", of(2026, 12, 7), of(2026, 12, 18)));
        on(of(2026, 12, 7));
        ReviewOutlook due = outlook(FROM_SEPTEMBER);
        assertThat(due.halfTermly().state()).isEqualTo(DueState.UP_TO_DATE);
        assertThat(due.termly().state()).isEqualTo(DueState.DUE);
        assertThat(due.state()).isEqualTo(DueState.DUE);
        on(of(2026, 12, 19));
        assertThat(outlook(FROM_SEPTEMBER).termly().state()).isEqualTo(DueState.OVERDUE);
        held(of(2026, 12, 18), ReviewKind.TERMLY_AGREEMENT, null);
        assertThat(outlook(FROM_SEPTEMBER).termly())
                .isEqualTo(new Due(DueState.UP_TO_DATE, "Spring term", of(2027, 3, 12), of(2027, 3, 26)));
    }

    @Test
    void a_concern_at_the_provider_makes_a_review_due_at_once_until_one_is_held_on_or_after_that_day() {
        held(of(2026, 11, 23), ReviewKind.HALF_TERMLY, null);
        concerns.add(of(2026, 11, 24));
        concerns.add(of(2026, 8, 1));
        on(of(2026, 11, 25));
        ReviewOutlook outlook = outlook(FROM_SEPTEMBER);
        assertThat(outlook.concernOn()).isEqualTo(of(2026, 11, 24));
        assertThat(outlook.state()).isEqualTo(DueState.DUE);
        assertThat(outlook.dueBy()).isEqualTo(of(2026, 11, 24));
        held(of(2026, 11, 24), ReviewKind.EARLY_AFTER_CONCERN, null);
        assertThat(outlook(FROM_SEPTEMBER).concernOn()).isNull();
        assertThat(outlook(FROM_SEPTEMBER).state()).isEqualTo(DueState.UP_TO_DATE);
    }

    @Test
    void three_formal_reviews_in_a_row_without_improvement_flag_consider_ending() {
        on(of(2027, 3, 1));
        held(of(2026, 10, 1), ReviewKind.FORMAL, false);
        held(of(2026, 11, 1), ReviewKind.FORMAL, true);
        held(of(2026, 11, 20), ReviewKind.FORMAL, false);
        held(of(2027, 1, 10), ReviewKind.FORMAL, false);
        assertThat(outlook(FROM_SEPTEMBER).considerEnding()).isFalse();
        // another kind of review between formal ones does not break the run
        held(of(2027, 1, 20), ReviewKind.HALF_TERMLY, null);
        held(of(2027, 2, 10), ReviewKind.FORMAL, false);
        assertThat(outlook(FROM_SEPTEMBER).considerEnding()).isTrue();
        assertThat(outlook(FROM_SEPTEMBER).reasons().stream().anyMatch(reason -> reason.contains("consider ending")))
                .as("reasons %s", outlook(FROM_SEPTEMBER).reasons()).isTrue();
        held(of(2027, 2, 25), ReviewKind.FORMAL, true);
        assertThat(outlook(FROM_SEPTEMBER).considerEnding()).isFalse();
    }

    @Test
    void only_an_active_placement_owes_reviews_and_a_year_without_a_calendar_is_an_error() {
        on(of(2026, 12, 21));
        PlacementBrief ended = new PlacementBrief(1, 1, "P", PlacementStatus.ENDED, of(2026, 9, 3), null, "", Set.of());
        assertThat(outlook(ended).state()).isEqualTo(DueState.NOT_APPLICABLE);
        assertThat(outlook(ended).dueBy()).isNull();
        on(of(2027, 9, 6));
        assertThatThrownBy(() -> outlook(FROM_SEPTEMBER)).isInstanceOf(NoCalendar.class);
    }

    @Test
    void overdue_from_is_the_day_after_the_first_half_term_without_a_review_and_agrees_with_the_outlook() {
        held(of(2026, 10, 12), ReviewKind.TERMLY_AGREEMENT, null);
        // Autumn 2 (2 Nov to Fri 18 Dec 2026) has no review yet: overdue from Sat 19 Dec
        assertThat(schedule.overdueFrom(FROM_SEPTEMBER, held)).isEqualTo(of(2026, 12, 19));
        // a half-termly review in Autumn 2 moves it to the end of Spring 1 (Fri 12 Feb 2027) ...
        held(of(2026, 12, 8), ReviewKind.HALF_TERMLY, null);
        assertThat(schedule.overdueFrom(FROM_SEPTEMBER, held)).isEqualTo(of(2027, 2, 13));
        // ... and each day of the year the stored date and the outlook agree on "overdue"
        for (LocalDate day = of(2026, 12, 9); day.isBefore(of(2027, 7, 1)); day = day.plusDays(1)) {
            on(day);
            ReviewOutlook outlook = outlook(FROM_SEPTEMBER);
            boolean overdue = outlook.halfTermly().state() == DueState.OVERDUE
                    || outlook.termly().state() == DueState.OVERDUE;
            assertThat(!day.isBefore(schedule.overdueFrom(FROM_SEPTEMBER, held))).as(day.toString())
                    .isEqualTo(overdue);
        }
        // no review is owed by a placement that is not active
        PlacementBrief ended = new PlacementBrief(1, 1, "Test Pupil", PlacementStatus.ENDED, of(2026, 9, 3), null,
                "Attend", Set.of(7L));
        assertThat(schedule.overdueFrom(ended, held)).isNull();
    }
}
