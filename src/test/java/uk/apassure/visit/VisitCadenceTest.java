package uk.apassure.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VisitCadenceTest {

    // Monday 2 March 2026
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void with_few_sessions_the_month_comes_first() {
        // 2 sessions a week (Monday and Tuesday): the tenth session is Monday 6 April, after the month (2 April)
        VisitCadence cadence = new VisitCadence(2);
        assertThat(cadence.tenthSessionAfter(MONDAY)).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(cadence.nextDue(MONDAY)).isEqualTo(LocalDate.of(2026, 4, 2));

        VisitCadence oneAWeek = new VisitCadence(1);
        assertThat(oneAWeek.tenthSessionAfter(MONDAY)).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(oneAWeek.nextDue(MONDAY)).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void full_time_reaches_ten_sessions_after_five_school_days() {
        VisitCadence fullTime = new VisitCadence(10);
        // Tue, Wed, Thu, Fri (8 sessions), weekend (0), Monday (10)
        assertThat(fullTime.nextDue(MONDAY)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void the_tenth_session_boundary_is_the_day_the_tenth_session_happens_not_the_ninth() {
        // 4 sessions a week, Monday to Thursday mornings; visit on Monday 2 March
        VisitCadence cadence = new VisitCadence(4);
        // sessions: 3, 4, 5 Mar (3), 9-12 Mar (7), 16, 17 Mar (9), 18 Mar (10)
        assertThat(cadence.tenthSessionAfter(MONDAY)).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(cadence.nextDue(MONDAY)).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void the_month_boundary_is_the_same_day_next_month_and_the_end_of_a_short_month() {
        VisitCadence monthOnly = new VisitCadence(0);
        assertThat(monthOnly.nextDue(MONDAY)).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(monthOnly.nextDue(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        // 3 sessions a week: the tenth session (Mon 23 Mar... ) versus the month
        VisitCadence three = new VisitCadence(3);
        // visit Wed 4 Mar: sessions Mon 9, Tue 10, Wed 11 (3), 16-18 (6), 23-25 (9), Mon 30 Mar (10)
        assertThat(three.tenthSessionAfter(LocalDate.of(2026, 3, 4))).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(three.nextDue(LocalDate.of(2026, 3, 4))).isEqualTo(LocalDate.of(2026, 3, 30));
        // visit Thu 26 Feb: month -> 26 Mar; sessions 2-4 Mar (3), 9-11 (6), 16-18 (9), Mon 23 Mar (10) -> sooner
        assertThat(three.nextDue(LocalDate.of(2026, 2, 26))).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void due_state_turns_overdue_the_day_after_the_due_date() {
        LocalDate due = LocalDate.of(2026, 4, 2);
        assertThat(VisitCadence.state(due, due)).isEqualTo(VisitCadence.Due.DUE_SOON);
        assertThat(VisitCadence.state(due, due.plusDays(1))).isEqualTo(VisitCadence.Due.OVERDUE);
        assertThat(VisitCadence.state(due, due.minusDays(7))).isEqualTo(VisitCadence.Due.DUE_SOON);
        assertThat(VisitCadence.state(due, due.minusDays(8))).isEqualTo(VisitCadence.Due.NOT_YET);
        assertThat(VisitCadence.state(null, due)).isEqualTo(VisitCadence.Due.OVERDUE);
    }

    @Test
    void a_week_has_at_most_ten_sessions() {
        assertThatThrownBy(() -> new VisitCadence(11)).isInstanceOf(IllegalArgumentException.class);
    }
}
