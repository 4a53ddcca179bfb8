package uk.apassure.calendar.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.calendar.AcademicYear;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.ClosureKind;
import uk.apassure.calendar.HalfTerm;
import uk.apassure.calendar.TermDates;
import uk.apassure.calendar.YearPlan;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.security.SubjectRunner;

/** An administrator types a year of term dates, a closure left un-added is kept, and school staff cannot open it. */
class CalendarsViewTest extends ViewTest {

    @Autowired
    CalendarService calendars;

    @Autowired
    SubjectRunner subjects;

    @Autowired
    SystemSetup setup;

    @Test
    void an_administrator_sets_up_a_year_and_a_typed_closure_is_saved_with_it() {
        // a school of its own: other tests in this context set up School A1's and A2's years
        String name = "School A3 " + java.util.UUID.randomUUID().toString().substring(0, 6);
        setup.createSchool(world.trustA, name, String.valueOf(970000 + (int) (Math.random() * 9999)), "Testford");
        signInAs("a.admin");
        CalendarsView view = navigate(CalendarsView.class);
        SchoolSummary a2 = view.school.getListDataView().getItems().filter(s -> s.name().equals(name))
                .findFirst().orElseThrow();
        test(view.school).selectItem(name);
        view.year.setValue(new AcademicYear(2026));
        assertThat(view.summary.getText()).contains("2026-27 is not set up yet for " + name);

        YearPlan plan = TermDates.plan2026();
        for (int i = 0; i < HalfTerm.PER_YEAR; i++) {
            test(view.editor.halves.get(i)[0]).setValue(plan.halfTerms().get(i).startsOn());
            test(view.editor.halves.get(i)[1]).setValue(plan.halfTerms().get(i).endsOn());
        }
        for (var closure : plan.closures()) {
            test(view.editor.closureDate).setValue(closure.closedOn());
            test($(Button.class).withText("Add").single()).click();
        }
        // typed, never added: Save keeps it
        test(view.editor.closureDate).setValue(of(2026, 12, 1));
        test(view.editor.closureKind).selectItem(ClosureKind.CLOSURE.label());
        test(view.editor.closureReason).setValue("Heating failure");
        test(view.save).click();

        assertThat(subjects.callAs("a.trustlead", () -> calendars.isSchoolDay(a2.id(), of(2026, 12, 1)))).isFalse();
        assertThat(subjects.callAs("a.trustlead", () -> calendars.isSchoolDay(a2.id(), of(2026, 11, 2)))).isFalse();
        assertThat(subjects.callAs("a.trustlead", () -> calendars.isSchoolDay(a2.id(), of(2026, 11, 3)))).isTrue();
        assertThat(view.summary.getText()).isEqualTo("2026-27 at " + name + ": 189 school days.");
    }

    @Test
    void a_half_term_ending_before_it_starts_is_refused_and_nothing_saved() {
        signInAs("a.trustlead");
        CalendarsView view = navigate(CalendarsView.class);
        test(view.school).selectItem("School A1");
        view.year.setValue(new AcademicYear(2027));
        YearPlan plan = TermDates.plan2026();
        for (int i = 0; i < HalfTerm.PER_YEAR; i++) {
            test(view.editor.halves.get(i)[0]).setValue(plan.halfTerms().get(i).startsOn().plusYears(1));
            test(view.editor.halves.get(i)[1]).setValue(plan.halfTerms().get(i).endsOn().plusYears(1));
        }
        test(view.editor.halves.get(1)[0]).setValue(of(2027, 10, 20));
        test(view.save).click();
        assertThat(subjects.callAs("a.trustlead", () -> calendars.plans(view.school.getValue().id())))
                .extracting(YearPlan::year).doesNotContain(new AcademicYear(2027));
    }

    @Test
    void school_staff_cannot_open_the_calendars() {
        signInAs("a1.slt");
        UI.getCurrent().navigate("admin/calendars");
        assertThat(getCurrentView()).isNotInstanceOf(CalendarsView.class).isInstanceOf(HasErrorParameter.class);
    }
}
