package uk.apassure.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.dashboard.ui.DashboardView;
import uk.apassure.provider.ui.ProviderView;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.VisitFixtures;
import uk.apassure.visit.VisitRow;
import uk.apassure.visit.VisitService;

class VisitViewsTest extends ViewTest {

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    VisitService visits;

    @Autowired
    ConcernService concerns;

    @Autowired
    SubjectRunner subjects;

    @Test
    void the_dsl_dashboard_lists_an_open_concern_with_a_link_to_the_visit() {
        long provider = fixtures.approvedProvider("Dashboard farm");
        long visit = fixtures.draftVisit("a1.visitor", provider);
        subjects.runAs("a1.visitor", () -> concerns.raise(visit, "Gate left open onto the road"));

        signInAs("a1.dsl");
        navigate(DashboardView.class);
        assertThat($(H3.class).withText("Open safeguarding concerns").all()).hasSize(1);
        assertThat($(Anchor.class).withClassName("work-row").all()).extracting(Anchor::getHref)
                .contains("visits/" + visit);

        signInAs("a2.dsl");
        navigate(VisitListView.class);
        navigate(DashboardView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).doesNotContain("visits/" + visit);
    }

    @Test
    void the_trust_lead_dashboard_counts_open_concerns_by_school_and_governors_see_no_concern_list() {
        long provider = fixtures.approvedProvider("Trust farm");
        long visit = fixtures.draftVisit("a1.visitor", provider);
        subjects.runAs("a1.visitor", () -> concerns.raise(visit, "Visitor log not kept"));

        signInAs("a.trustlead");
        navigate(DashboardView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).anySatisfy(href -> assertThat(href)
                .startsWith("visits?").contains("school=" + world.schoolA1, "concerns=open"));

        signInAs("a1.governor");
        navigate(VisitListView.class);
        navigate(DashboardView.class);
        assertThat($(H3.class).withText("Open safeguarding concerns").all()).isEmpty();
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).doesNotContain("visits/" + visit);
    }

    @Test
    void the_open_concerns_link_filters_the_grid() {
        long provider = fixtures.approvedProvider("Filter farm");
        long withConcern = fixtures.draftVisit("a1.visitor", provider);
        fixtures.draftVisit("a1.visitor", provider);
        subjects.runAs("a1.visitor", () -> concerns.raise(withConcern, "Staff ratio too low"));

        signInAs("a1.dsl");
        com.vaadin.flow.component.UI.getCurrent().navigate("visits",
                com.vaadin.flow.router.QueryParameters.of("concerns", "open"));
        @SuppressWarnings("unchecked")
        Grid<VisitRow> grid = $(Grid.class).withClassName("visit-grid").single();
        assertThat(test(grid).size()).isPositive();
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getRow(row).hasOpenConcern()).isTrue();
        }
    }

    @Test
    void governors_see_counts_and_no_grid() {
        long provider = fixtures.approvedProvider("Count farm");
        fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.now().minusDays(1));
        signInAs("a1.governor");
        navigate(VisitListView.class);
        assertThat($(Grid.class).all()).isEmpty();
        assertThat($(Div.class).withClassName("visit-counts").all()).hasSize(1);
    }

    @Test
    void a_draft_autosaves_when_a_field_changes_and_submission_lists_what_is_missing() {
        long provider = fixtures.approvedProvider("Form farm");
        long visit = fixtures.draftVisit("a1.visitor", provider);
        signInAs("a1.visitor");
        navigate(VisitView.class, visit);
        VisitForm form = $(VisitForm.class).single();

        test(form.notes).setValue("Typed in the yard");
        assertThat($(SaveState.class).single().getText()).startsWith("Saved ");
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visit).draft().getNotes()))
                .isEqualTo("Typed in the yard");

        test(form.visitors).setValue("");
        test($(Button.class).withText("Submit visit").single()).click();
        assertThat($(Div.class).withClassName("form-errors").single().getElement().getTextRecursively())
                .contains("Enter who visited", "Choose the type of visit", "Give a judgement for safeguarding");
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visit).status().name())).isEqualTo("DRAFT");
    }

    @Test
    void a_change_after_someone_else_saved_says_it_was_not_saved_and_keeps_their_version() {
        long provider = fixtures.approvedProvider("Conflict farm");
        long visit = fixtures.draftVisit("a1.visitor", provider);
        signInAs("a1.visitor");
        navigate(VisitView.class, visit);
        subjects.runAs("a1.visitor", () -> {
            var other = visits.get(visit).draft();
            other.setNotes("Saved from the other tab");
            visits.saveDraft(visit, other);
        });

        test($(VisitForm.class).single().notes).setValue("Typed in this tab");
        assertThat($(SaveState.class).single().getText()).startsWith("Not saved: changed elsewhere");
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visit).draft().getNotes()))
                .isEqualTo("Saved from the other tab");
    }

    @Test
    void amending_a_submitted_visit_needs_a_reason_and_shows_the_trail() {
        long provider = fixtures.approvedProvider("Amend farm");
        long visit = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.now().minusDays(1));
        signInAs("a1.dsl");
        navigate(VisitView.class, visit);
        VisitForm form = $(VisitForm.class).single();
        assertThat(form.notes.isReadOnly()).isTrue();
        assertThat($(Button.class).withText("Submit visit").all()).isEmpty();

        test($(Button.class).withText("Amend").single()).click();
        test(form.notes).setValue("Corrected: the group was four pupils, not five.");
        test($(Button.class).withText("Save amendment").single()).click();
        assertThat(subjects.callAs("a1.dsl", () -> visits.get(visit).amendments())).isEmpty();

        test($(AmendBar.class).single().reason).setValue("Register checked after the visit");
        test($(Button.class).withText("Save amendment").single()).click();
        assertThat($(AmendmentsPanel.class).single().getSummaryText()).isEqualTo("Amendments (1)");
        var trail = subjects.callAs("a1.dsl", () -> visits.get(visit).amendments());
        assertThat(trail).singleElement().satisfies(line -> {
            assertThat(line.field()).isEqualTo("Notes");
            assertThat(line.after()).isEqualTo("Corrected: the group was four pupils, not five.");
            assertThat(line.reason()).isEqualTo("Register checked after the visit");
        });
    }

    @Test
    void raising_a_concern_from_the_form_needs_a_description_and_shows_each_dsls_e_mail_without_claiming_it_went() {
        long provider = fixtures.approvedProvider("Raise farm");
        long visit = fixtures.draftVisit("a1.visitor", provider);
        signInAs("a1.visitor");
        navigate(VisitView.class, visit);

        // the form is on the page (no dialog that needs the server to open), ready for the offline script
        var description = $(com.vaadin.flow.component.textfield.TextArea.class).withLabel("What is the concern?")
                .single();
        assertThat(description.getElement().hasAttribute("data-concern-text")).isTrue();
        test($(Button.class).withText("Raise concern").single()).click();
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visit).concern())).isNull();

        test(description).setValue("A pupil said an adult shouted at them");
        test($(Button.class).withText("Raise concern").single()).click();
        assertThat($(H3.class).withText("Open safeguarding concern").all()).hasSize(1);
        assertThat(subjects.callAs("a1.dsl", () -> concerns.open())).extracting(c -> c.visitId()).contains(visit);
        assertThat($(Div.class).withClassName("alert-line").all()).extracting(line -> line.getElement().getTextRecursively())
                .hasSize(2).allSatisfy(line -> assertThat(line).matches("A1 (Second )?DSL: (queued, not sent yet|failed: .*)"));
        assertThat($(Div.class).withClassName("concern-panel").single().getElement().getTextRecursively())
                .doesNotContain("alerted").doesNotContain("have been e-mailed");
    }

    @Test
    void the_concern_text_is_not_on_the_page_for_senior_leaders_who_may_not_read_it() {
        long provider = fixtures.approvedProvider("Private farm");
        long visit = fixtures.draftVisit("a1.visitor", provider);
        subjects.runAs("a1.visitor", () -> concerns.raise(visit, "Bruise seen on a pupil's arm"));

        signInAs("a1.slt");
        navigate(VisitView.class, visit);
        String panel = $(Div.class).withClassName("concern-panel").single().getElement().getTextRecursively();
        assertThat(panel).contains("Open safeguarding concern").contains("Only the school's DSLs")
                .doesNotContain("Bruise").doesNotContain("E-mail to");

        signInAs("a1.dsl");
        navigate(VisitView.class, visit);
        assertThat($(Div.class).withClassName("concern-panel").single().getElement().getTextRecursively())
                .contains("Bruise seen on a pupil's arm").contains("E-mail to the school's DSLs");
    }

    @Test
    void the_provider_page_shows_when_the_next_visit_is_due() {
        long provider = fixtures.approvedProvider("Cadence farm");
        // a draft means the school uses the provider (it is visiting it); only submitted visits count for the cadence
        fixtures.draftVisit("a1.aplead", provider);
        signInAs("a1.dsl");
        navigate(ProviderView.class, provider);
        assertThat($(H3.class).withText("Visits and concerns").all()).hasSize(1);
        assertThat($(Span.class).withText("Overdue").all()).isNotEmpty();
        assertThat($(Span.class).withText("never visited").all()).isNotEmpty();

        fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.now().minusDays(2));
        navigate(DashboardView.class);
        navigate(ProviderView.class, provider);
        assertThat($(Span.class).withText("Not yet due").all()).isNotEmpty();
    }
}
