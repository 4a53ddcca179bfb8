package uk.apassure.placement;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.calendar.TermDates;
import uk.apassure.placement.SuspensionRule.Days;
import uk.apassure.placement.SuspensionRule.ProvisionState;
import uk.apassure.placement.SuspensionRule.Run;

/**
 * 000 §10: provision from the sixth school day of a suspension of more than five school days,
 * consecutive suspensions counted together, all on the school calendar (TermDates: 2026-27 has
 * an INSET day on Mon 2 Nov after half-term and the early-May bank holiday on Mon 3 May 2027).
 */
class SuspensionRuleTest {

    private final SchoolCalendar calendar = TermDates.calendar();

    private List<Run> runs(Days... suspensions) {
        return SuspensionRule.runs(calendar, List.of(suspensions));
    }

    @Test
    void exactly_five_school_days_bring_no_duty() {
        assertThat(runs(new Days(of(2026, 11, 30), 5))).singleElement().satisfies(run -> {
            assertThat(run.lastDay()).isEqualTo(of(2026, 12, 4));
            assertThat(run.schoolDays()).isEqualTo(5);
            assertThat(run.needsProvision()).isFalse();
            assertThat(SuspensionRule.state(run, List.of())).isEqualTo(ProvisionState.NO_DUTY);
        });
    }

    @Test
    void six_school_days_need_provision_by_the_sixth_across_the_weekend() {
        // Mon 30 Nov to Fri 4 Dec are days 1 to 5; Mon 7 Dec is the sixth
        assertThat(runs(new Days(of(2026, 11, 30), 6))).singleElement().satisfies(run -> {
            assertThat(run.lastDay()).isEqualTo(of(2026, 12, 7));
            assertThat(run.provisionBy()).isEqualTo(of(2026, 12, 7));
        });
    }

    @Test
    void a_suspension_after_half_term_counts_past_the_inset_day() {
        // Tue 3 Nov 2026 (Mon 2 Nov is INSET): 3, 4, 5, 6, 9 Nov, then Tue 10 Nov is the sixth
        assertThat(runs(new Days(of(2026, 11, 3), 8))).singleElement()
                .satisfies(run -> assertThat(run.provisionBy()).isEqualTo(of(2026, 11, 10)));
    }

    @Test
    void three_and_three_days_either_side_of_a_weekend_are_one_run_of_six() {
        // Wed 2 to Fri 4 Dec, then Mon 7 to Wed 9 Dec: the sixth school day is Wed 9 Dec
        assertThat(runs(new Days(of(2026, 12, 7), 3), new Days(of(2026, 12, 2), 3))).singleElement()
                .satisfies(run -> {
                    assertThat(run.firstDay()).isEqualTo(of(2026, 12, 2));
                    assertThat(run.lastDay()).isEqualTo(of(2026, 12, 9));
                    assertThat(run.schoolDays()).isEqualTo(6);
                    assertThat(run.provisionBy()).isEqualTo(of(2026, 12, 9));
                });
    }

    @Test
    void a_school_day_back_at_school_between_two_suspensions_of_three_breaks_the_run() {
        // Wed 2 to Fri 4 Dec, back at school Mon 7 Dec, then Tue 8 to Thu 10 Dec
        assertThat(runs(new Days(of(2026, 12, 2), 3), new Days(of(2026, 12, 8), 3)))
                .hasSize(2).allSatisfy(run -> {
                    assertThat(run.schoolDays()).isEqualTo(3);
                    assertThat(run.needsProvision()).isFalse();
                });
    }

    @Test
    void suspensions_either_side_of_half_term_and_an_inset_day_are_consecutive() {
        // Wed 21 to Fri 23 Oct 2026; half-term; Mon 2 Nov INSET; Tue 3 to Thu 5 Nov: the sixth is Thu 5 Nov
        assertThat(runs(new Days(of(2026, 10, 21), 3), new Days(of(2026, 11, 3), 3))).singleElement()
                .satisfies(run -> {
                    assertThat(run.schoolDays()).isEqualTo(6);
                    assertThat(run.provisionBy()).isEqualTo(of(2026, 11, 5));
                });
        // from Wed 4 Nov instead, the pupil is back at school on Tue 3 Nov: two runs of three
        assertThat(runs(new Days(of(2026, 10, 21), 3), new Days(of(2026, 11, 4), 3))).hasSize(2);
    }

    @Test
    void suspensions_either_side_of_the_early_may_bank_holiday_are_consecutive() {
        // Wed 28 to Fri 30 Apr 2027; Mon 3 May bank holiday; Tue 4 to Thu 6 May
        assertThat(runs(new Days(of(2027, 4, 28), 3), new Days(of(2027, 5, 4), 3))).singleElement()
                .satisfies(run -> {
                    assertThat(run.lastDay()).isEqualTo(of(2027, 5, 6));
                    assertThat(run.provisionBy()).isEqualTo(of(2027, 5, 6));
                });
    }

    @Test
    void a_run_across_christmas_finds_its_sixth_day_after_the_january_inset_day() {
        // Wed 16 to Fri 18 Dec 2026, holiday, Mon 4 Jan 2027 INSET, then 5, 6, 7 Jan
        assertThat(runs(new Days(of(2026, 12, 16), 6))).singleElement()
                .satisfies(run -> assertThat(run.provisionBy()).isEqualTo(of(2027, 1, 7)));
    }

    @Test
    void provision_is_met_by_a_placement_starting_from_the_first_to_the_sixth_school_day() {
        Run run = runs(new Days(of(2026, 11, 3), 8)).getFirst();
        assertThat(SuspensionRule.state(run, List.of(of(2026, 11, 10)))).isEqualTo(ProvisionState.MET);
        assertThat(SuspensionRule.state(run, List.of(of(2026, 11, 3)))).isEqualTo(ProvisionState.MET);
        assertThat(SuspensionRule.state(run, List.of(of(2026, 11, 11)))).isEqualTo(ProvisionState.NOT_MET);
        assertThat(SuspensionRule.state(run, List.of(of(2026, 10, 1)))).isEqualTo(ProvisionState.NOT_MET);
        assertThat(SuspensionRule.provisionStart(run, List.of(of(2026, 11, 11), of(2026, 11, 9))))
                .contains(of(2026, 11, 9));
    }

    @Test
    void a_suspension_in_a_year_without_a_calendar_is_an_error_that_names_the_year() {
        assertThatThrownBy(() -> runs(new Days(of(2027, 9, 6), 6))).isInstanceOf(NoCalendar.class)
                .hasMessageStartingWith("No calendar for 2027-28 at Test School");
        // starts in the last week of 2026-27, runs on into the unconfigured September
        assertThatThrownBy(() -> runs(new Days(of(2027, 7, 19), 6))).isInstanceOf(NoCalendar.class)
                .hasMessageContaining("2027-28");
    }
}
