package uk.apassure.placement.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.SenStatus;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/** An AP lead proposes a placement in the form; a governor and another school's DSL see none of the pupil. */
class PlacementViewsTest extends ViewTest {

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    @Test
    void an_ap_lead_proposes_a_placement_and_only_the_pupils_school_sees_it() {
        long provider = fixtures.provider("Form farm");
        ProviderChoice choice = subjects.callAs("a1.aplead", () -> providers.choice(provider));

        signInAs("a1.aplead");
        PlacementNewView view = navigate(PlacementNewView.class);
        PlacementForm form = view.form;
        test(form.firstName).setValue("Robin");
        test(form.lastName).setValue("Placedpupil");
        test(form.upn).setValue("H801200001001");
        test(form.dateOfBirth).setValue(of(2011, 5, 4));
        form.yearGroup.setValue(10);
        form.sen.setValue(SenStatus.SEN_SUPPORT);
        form.type.setValue(PlacementType.VOCATIONAL);
        test(form.startsOn).setValue(of(2026, 12, 3));
        test(form.aims).setValue("Re-engage with learning");
        test(form.outcomes).setValue("Level 1 in animal care");
        TimetableEditor week = form.timetables.getFirst();
        week.provider.setValue(choice);
        test(week.rows.get(2).on).click();
        test(view.propose).click();

        assertThat(getCurrentView()).isInstanceOf(PlacementView.class);
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat($(Span.class).all()).extracting(Span::getText).contains("H801200001001", "Proposed");

        signInAs("a1.governor");
        PlacementListView governorList = navigate(PlacementListView.class);
        assertThat(governorList.grid.isAttached()).isFalse();
        assertThat($(Span.class).all()).extracting(Span::getText).doesNotContain("Robin Placedpupil");

        signInAs("a2.dsl");
        PlacementListView otherSchool = navigate(PlacementListView.class);
        assertThat(test(otherSchool.grid).size()).isZero();
        UI.getCurrent().navigate(location);
        assertThat(getCurrentView()).isNotInstanceOf(PlacementView.class).isInstanceOf(HasErrorParameter.class);
    }

    @Test
    void a_missing_start_date_is_named_and_nothing_is_saved() {
        signInAs("a1.aplead");
        PlacementNewView view = navigate(PlacementNewView.class);
        test(view.form.firstName).setValue("Nobody");
        test(view.propose).click();
        assertThat(getCurrentView()).isInstanceOf(PlacementNewView.class);
        // each missing field says so itself, from the server's rules
        assertThat(view.form.startsOn.isInvalid()).isTrue();
        assertThat(view.form.startsOn.getErrorMessage()).isEqualTo("Enter the start date.");
        assertThat(view.form.lastName.getErrorMessage()).isEqualTo("Enter the pupil's last name.");
        assertThat(view.form.firstName.isInvalid()).isFalse();
        assertThat(view.form.timetableProblems.getText()).isEqualTo("Add at least one session to the timetable.");
    }

    @Test
    void a_placement_that_does_not_exist_answers_as_not_found() {
        signInAs("a1.dsl");
        UI.getCurrent().navigate("placements/999999");
        assertThat(getCurrentView()).isNotInstanceOf(PlacementView.class).isInstanceOf(HasErrorParameter.class);
    }
}
