package uk.apassure.placement;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.calendar.TermDates;
import uk.apassure.placement.NoticeRule.NoticeState;

/** Parents are told at least two school days before a placement starts, counted on the school calendar. */
class NoticeRuleTest {

    private final SchoolCalendar calendar = TermDates.calendar();

    @Test
    void two_school_days_before_a_thursday_start_is_the_monday() {
        assertThat(NoticeRule.latestNotice(calendar, of(2026, 12, 3))).isEqualTo(of(2026, 12, 1));
        assertThat(NoticeRule.state(calendar, of(2026, 12, 3), of(2026, 12, 1), of(2026, 12, 3)))
                .isEqualTo(NoticeState.ON_TIME);
        assertThat(NoticeRule.state(calendar, of(2026, 12, 3), of(2026, 12, 2), of(2026, 12, 3)))
                .isEqualTo(NoticeState.LATE);
    }

    @Test
    void a_start_after_half_term_counts_back_across_the_holiday_and_the_inset_day() {
        // start Wed 4 Nov 2026: Tue 3 Nov is one school day before, Mon 2 Nov is INSET, Fri 23 Oct is the second
        assertThat(NoticeRule.latestNotice(calendar, of(2026, 11, 4))).isEqualTo(of(2026, 10, 23));
        assertThat(NoticeRule.state(calendar, of(2026, 11, 4), of(2026, 11, 2), of(2026, 11, 4)))
                .isEqualTo(NoticeState.LATE);
    }

    @Test
    void a_start_after_easter_counts_back_across_good_friday_and_easter_monday() {
        // 2025-26 here: Tue 7 Apr 2026 start; Thu 2 Apr is one school day before, Wed 1 Apr the second
        assertThat(NoticeRule.latestNotice(calendar, of(2026, 4, 7))).isEqualTo(of(2026, 4, 1));
    }

    @Test
    void an_unsent_notice_is_due_until_the_last_day_and_overdue_after() {
        assertThat(NoticeRule.state(calendar, of(2026, 12, 3), null, of(2026, 12, 1))).isEqualTo(NoticeState.DUE);
        assertThat(NoticeRule.state(calendar, of(2026, 12, 3), null, of(2026, 12, 2))).isEqualTo(NoticeState.OVERDUE);
    }
}
