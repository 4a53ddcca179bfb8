package uk.apassure.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.apassure.base.time.MutableClock;
import uk.apassure.base.time.SchoolTime;

/** The renewal rule at its edges, with a clock moved by hand: 28 days before the anniversary, and the anniversary. */
class RiskRenewalTest {

    private final RiskRenewal renewal = new RiskRenewal(28);
    private final MutableClock clock = new MutableClock();

    private RiskState on(LocalDate approvedOn, boolean reviewNeeded, LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(SchoolTime.ZONE).toInstant());
        return renewal.state(approvedOn, reviewNeeded, LocalDate.now(clock));
    }

    @Test
    void ok_until_28_days_before_the_anniversary_then_due_soon_through_it_then_overdue_the_day_after() {
        LocalDate approved = LocalDate.of(2026, 12, 1);
        assertThat(RiskRenewal.dueOn(approved)).isEqualTo(LocalDate.of(2027, 12, 1));
        assertThat(on(approved, false, approved)).isEqualTo(RiskState.OK);
        assertThat(on(approved, false, LocalDate.of(2027, 11, 2))).isEqualTo(RiskState.OK);
        assertThat(on(approved, false, LocalDate.of(2027, 11, 3))).isEqualTo(RiskState.DUE_SOON);
        assertThat(on(approved, false, LocalDate.of(2027, 11, 30))).isEqualTo(RiskState.DUE_SOON);
        assertThat(on(approved, false, LocalDate.of(2027, 12, 1))).isEqualTo(RiskState.DUE_SOON);
        assertThat(on(approved, false, LocalDate.of(2027, 12, 2))).isEqualTo(RiskState.OVERDUE);
        assertThat(on(approved, false, LocalDate.of(2028, 6, 1))).isEqualTo(RiskState.OVERDUE);
    }

    @Test
    void an_approval_on_29_february_is_due_on_28_february_and_due_soon_across_the_month_end() {
        LocalDate approved = LocalDate.of(2028, 2, 29);
        assertThat(RiskRenewal.dueOn(approved)).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(on(approved, false, LocalDate.of(2029, 1, 30))).isEqualTo(RiskState.OK);
        assertThat(on(approved, false, LocalDate.of(2029, 1, 31))).isEqualTo(RiskState.DUE_SOON);
        assertThat(on(approved, false, LocalDate.of(2029, 2, 28))).isEqualTo(RiskState.DUE_SOON);
        assertThat(on(approved, false, LocalDate.of(2029, 3, 1))).isEqualTo(RiskState.OVERDUE);
    }

    @Test
    void a_material_change_needs_review_at_once_whatever_the_date_and_no_approval_is_none_yet() {
        LocalDate approved = LocalDate.of(2026, 12, 1);
        assertThat(on(approved, true, approved)).isEqualTo(RiskState.REVIEW_NEEDED);
        assertThat(on(approved, true, LocalDate.of(2027, 12, 2))).isEqualTo(RiskState.REVIEW_NEEDED);
        assertThat(renewal.state(null, true, approved)).isEqualTo(RiskState.NONE);
    }

    @Test
    void the_due_soon_window_is_configurable() {
        RiskRenewal fortnight = new RiskRenewal(14);
        LocalDate approved = LocalDate.of(2026, 12, 1);
        assertThat(fortnight.state(approved, false, LocalDate.of(2027, 11, 16))).isEqualTo(RiskState.OK);
        assertThat(fortnight.state(approved, false, LocalDate.of(2027, 11, 17))).isEqualTo(RiskState.DUE_SOON);
        assertThatThrownBy(() -> new RiskRenewal(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
