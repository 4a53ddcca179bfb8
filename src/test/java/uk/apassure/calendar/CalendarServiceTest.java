package uk.apassure.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.calendar.CalendarService.Holiday;
import uk.apassure.calendar.CalendarService.InvalidPlan;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/** Calendars in MariaDB: the shipped bank holidays, who may set a year up, copying, and scope. */
class CalendarServiceTest extends IntegrationTest {

    @Autowired
    CalendarService calendars;

    @BeforeEach
    void a1_has_2026_27() {
        long version = as("a.admin", () -> calendars.plans(world.schoolA1)).stream()
                .filter(p -> p.year().startYear() == 2026).mapToLong(YearPlan::version).findFirst().orElse(0);
        YearPlan plan = TermDates.plan2026();
        as("a.admin", () -> calendars.save(world.schoolA1,
                new YearPlan(plan.year(), plan.halfTerms(), plan.closures(), version)));
    }

    @Test
    void england_bank_holidays_2025_to_2030_ship_with_the_schema() {
        List<Holiday> holidays = as("a1.dsl", () -> calendars.bankHolidays());
        assertThat(holidays).hasSize(48);
        assertThat(holidays).extracting(Holiday::date).contains(of(2026, 12, 28), of(2027, 3, 26), of(2027, 3, 29),
                of(2028, 1, 3), of(2030, 12, 26));
    }

    @Test
    void a_school_user_asks_school_day_questions_of_their_school_with_the_shipped_bank_holidays() {
        assertThat(as("a1.dsl", () -> calendars.isSchoolDay(world.schoolA1, of(2027, 5, 3)))).isFalse();
        assertThat(as("a1.dsl", () -> calendars.nthSchoolDayAfter(world.schoolA1, of(2026, 12, 18), 1)))
                .isEqualTo(of(2027, 1, 5));
        assertThat(as("a1.dsl", () -> calendars.nthSchoolDayBefore(world.schoolA1, of(2026, 11, 3), 1)))
                .isEqualTo(of(2026, 10, 23));
        assertThat(as("a1.dsl", () -> calendars.schoolDaysBetween(world.schoolA1, of(2026, 9, 1), of(2027, 8, 31))))
                .isEqualTo(190);
    }

    @Test
    void a_school_without_that_year_gets_a_clear_error() {
        assertThatThrownBy(() -> as("a1.dsl", () -> calendars.isSchoolDay(world.schoolA1, of(2028, 9, 4))))
                .isInstanceOf(NoCalendar.class).hasMessageStartingWith("No calendar for 2028-29 at School A1");
    }

    @Test
    void only_admins_and_trust_leads_set_calendars_up() {
        assertThatThrownBy(() -> as("a1.slt", () -> calendars.save(world.schoolA1, TermDates.plan2025())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.dsl", () -> calendars.addBankHoliday(of(2031, 1, 1), "New Year's Day")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_trust_neither_reads_nor_sets_up_a_schools_calendar() {
        assertThatThrownBy(() -> as("b.trustlead", () -> calendars.calendarOf(world.schoolA1)))
                .isInstanceOf(InvalidPlan.class);
        assertThatThrownBy(() -> as("b.trustlead", () -> calendars.save(world.schoolA1, TermDates.plan2025())))
                .isInstanceOf(InvalidPlan.class);
    }

    @Test
    void a_plan_with_problems_is_refused_with_them_all() {
        YearPlan good = TermDates.plan2025();
        YearPlan weekendClosure = new YearPlan(good.year(), good.halfTerms(),
                List.of(TermDates.inset(of(2025, 11, 8))), 0);
        assertThatThrownBy(() -> as("a.admin", () -> calendars.save(world.schoolA2, weekendClosure)))
                .isInstanceOf(InvalidPlan.class).hasMessageContaining("Sat 8 Nov 2025 is a weekend");
    }

    @Test
    void a_second_concurrent_save_is_refused_and_the_first_kept() {
        YearPlan read = as("a.admin", () -> calendars.plans(world.schoolA1)).stream()
                .filter(p -> p.year().startYear() == 2026).findFirst().orElseThrow();
        YearPlan first = new YearPlan(read.year(), read.halfTerms(),
                List.of(TermDates.inset(of(2026, 12, 1))), read.version());
        as("a.admin", () -> calendars.save(world.schoolA1, first));
        assertThatThrownBy(() -> as("a.trustlead", () -> calendars.save(world.schoolA1, read)))
                .isInstanceOf(InvalidPlan.class).hasMessageContaining("Someone else changed 2026-27");
        assertThat(as("a1.dsl", () -> calendars.isSchoolDay(world.schoolA1, of(2026, 12, 1)))).isFalse();
    }

    @Test
    void the_trust_lead_copies_a_year_to_another_school_of_the_trust() {
        as("a.trustlead", () -> calendars.copy(world.schoolA1, new AcademicYear(2026), List.of(world.schoolA2)));
        assertThat(as("a2.dsl", () -> calendars.nthSchoolDayAfter(world.schoolA2, of(2026, 10, 23), 1)))
                .isEqualTo(of(2026, 11, 3));
        assertThatThrownBy(() -> as("a.trustlead",
                () -> calendars.copy(world.schoolA1, new AcademicYear(2026), List.of(world.schoolB1))))
                .isInstanceOf(InvalidPlan.class);
    }

    @Test
    void an_administrator_adds_a_later_bank_holiday_once() {
        as("a.admin", () -> calendars.addBankHoliday(of(2031, 1, 1), "New Year's Day"));
        assertThat(as("a1.dsl", () -> calendars.bankHolidays())).extracting(Holiday::date).contains(of(2031, 1, 1));
        assertThatThrownBy(() -> as("a.admin", () -> calendars.addBankHoliday(of(2031, 1, 1), "Again")))
                .isInstanceOf(InvalidPlan.class).hasMessage("Wed 1 Jan 2031 is already a bank holiday.");
    }

    @Test
    void a_bank_holiday_an_administrator_adds_is_for_their_trusts_schools_only() {
        as("a.admin", () -> calendars.addBankHoliday(of(2031, 6, 2), "Trust A one-off holiday"));
        assertThat(as("a2.dsl", () -> calendars.bankHolidays())).extracting(Holiday::date).contains(of(2031, 6, 2));
        assertThat(as("b1.slt", () -> calendars.bankHolidays())).as("another trust's calendars are not changed")
                .extracting(Holiday::date).doesNotContain(of(2031, 6, 2)).contains(of(2030, 12, 26));

        as("b.admin", () -> calendars.addBankHoliday(of(2031, 6, 2), "Trust B one-off holiday"));
        assertThat(as("b1.slt", () -> calendars.bankHolidays())).contains(new Holiday(of(2031, 6, 2), "Trust B one-off holiday"));
        assertThat(as("a2.dsl", () -> calendars.bankHolidays())).contains(new Holiday(of(2031, 6, 2), "Trust A one-off holiday"))
                .doesNotContain(new Holiday(of(2031, 6, 2), "Trust B one-off holiday"));
        assertThatThrownBy(() -> as("b.admin", () -> calendars.addBankHoliday(of(2026, 12, 25), "Christmas again")))
                .isInstanceOf(InvalidPlan.class).hasMessage("Fri 25 Dec 2026 is already a bank holiday.");
    }

}
