package uk.apassure.placement.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.base.time.UkDates;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.SenStatus;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.VisitFixtures;

/** An AP lead proposes a placement in the form; a governor and another school's DSL see none of the pupil. */
class PlacementViewsTest extends ViewTest {

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    @Autowired
    PlacementFixtures placements;

    @Autowired
    VisitFixtures visits;

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
        test(form.notice.travel).setValue("Minibus from the school gate");
        test(view.propose).click();

        assertThat(getCurrentView()).isInstanceOf(PlacementView.class);
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat($(Span.class).all()).extracting(Span::getText).contains("H801200001001", "Proposed");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Write the reasons for the placement (002 §7).")
                .doesNotContain("Describe the travel arrangements (003).");

        signInAs("a1.governor");
        PlacementListView governorList = navigate(PlacementListView.class);
        assertThat(governorList.grid.isAttached()).isFalse();
        assertThat($(Span.class).all()).extracting(Span::getText).doesNotContain("Robin Placedpupil");

        signInAs("a2.dsl");
        PlacementListView otherSchool = navigate(PlacementListView.class);
        // School A2 may have placements of its own from other tests in this context: none is this pupil
        var rows = test(otherSchool.grid);
        assertThat(java.util.stream.IntStream.range(0, rows.size()).mapToObj(rows::getRow)
                .filter(row -> row.pupilName().equals("Robin Placedpupil")).count()).isZero();
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

    @Test
    void an_active_placement_shows_when_the_next_visit_is_due_at_each_of_its_providers() {
        placements.termDates(world.schoolA1);
        long farm = visits.approvedProvider("Due farm");
        long workshop = visits.approvedProvider("Due workshop");
        LocalDate start = LocalDate.now().minusWeeks(8);
        long active = placements.active("a1.aplead", start, Map.of(farm, List.of(DayOfWeek.MONDAY),
                workshop, List.of(DayOfWeek.THURSDAY)));
        visits.submittedVisit("a1.visitor", farm, LocalDateTime.now().minusDays(1));
        String farmName = subjects.callAs("a1.aplead", () -> providers.choice(farm).name());
        String workshopName = subjects.callAs("a1.aplead", () -> providers.choice(workshop).name());

        signInAs("a1.visitor");
        UI.getCurrent().navigate("placements/" + active);
        assertThat($(H3.class).withText("Visits").all()).hasSize(1);
        // the workshop was never visited in eight weeks: overdue first; the farm was visited yesterday
        Div panel = $(Div.class).withClassName("visit-due-panel").single();
        assertThat($(RouterLink.class, panel).all()).extracting(link -> link.getElement().getTextRecursively())
                .containsSubsequence(workshopName, "Record a visit", farmName, "Record a visit");
        assertThat($(Span.class, panel).all()).extracting(Span::getText).contains("Overdue")
                .anyMatch(text -> text.contains("the last visit on " + UkDates.date(LocalDate.now().minusDays(1))))
                .anyMatch(text -> text.contains("one month after the start on " + UkDates.date(start)));

        long proposed = placements.proposed("a1.aplead", LocalDate.now().plusWeeks(2), Map.of(farm,
                List.of(DayOfWeek.TUESDAY)));
        UI.getCurrent().navigate("placements/" + proposed);
        assertThat($(Div.class).withClassName("visit-due-panel").single().getElement().getTextRecursively())
                .contains("Once the placement is active");
    }
}
