package uk.apassure.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.AmendmentsPanel;
import uk.apassure.base.ui.SaveState;
import uk.apassure.dashboard.ui.DashboardView;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.SiteKind;
import uk.apassure.provider.ui.ProviderView;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.VisitDraft;
import uk.apassure.visit.VisitFixtures;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitRow;
import uk.apassure.visit.VisitService;
import uk.apassure.visit.VisitStatus;

class VisitViewsTest extends ViewTest {

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    VisitService visits;

    @Autowired
    ConcernService concerns;

    @Autowired
    SubjectRunner subjects;

    @Autowired
    ProviderService providers;

    @Autowired
    PlacementFixtures placements;

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
        form.type.clear();
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
    void the_provider_page_shows_when_the_next_visit_is_due_for_each_active_placement_there() {
        long provider = fixtures.approvedProvider("Cadence farm");
        fixtures.draftVisit("a1.aplead", provider);
        signInAs("a1.dsl");
        navigate(ProviderView.class, provider);
        assertThat($(H3.class).withText("Visits and concerns").all()).hasSize(1);
        // a draft, or visits without a placement, make no visit due: the cadence runs per active placement
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("has an active placement here, so no visit is due"));

        placements.termDates(world.schoolA1);
        long placement = placements.active("a1.aplead", LocalDate.now().minusWeeks(8),
                Map.of(provider, List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));
        navigate(DashboardView.class);
        navigate(ProviderView.class, provider);
        assertThat($(Span.class).withText("Overdue").all()).isNotEmpty();
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("placements/" + placement);

        fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.now().minusDays(2));
        navigate(DashboardView.class);
        navigate(ProviderView.class, provider);
        assertThat($(Span.class).withText("Overdue").all()).isEmpty();
        assertThat($(Span.class).all()).extracting(Span::getText)
                .anyMatch(text -> text.contains("the last visit on " + UkDates.date(LocalDate.now().minusDays(2))));
    }

    @Test
    void a_complete_action_typed_but_not_added_is_added_when_the_visit_is_submitted() {
        long visit = completeDraft("Typed action farm");
        signInAs("a1.visitor");
        navigate(VisitView.class, visit);

        test($(TextField.class).withLabel("Action").single()).setValue("Send the fire drill log");
        test($(TextField.class).withLabel("Owner").single()).setValue("Provider manager");
        test($(DatePicker.class).withLabel("Due by").single()).setValue(LocalDate.now().plusWeeks(2));
        test($(Button.class).withText("Submit visit").single()).click();

        VisitPage saved = subjects.callAs("a1.visitor", () -> visits.get(visit));
        assertThat(saved.status()).isEqualTo(VisitStatus.SUBMITTED);
        assertThat(saved.actions()).singleElement().satisfies(action -> {
            assertThat(action.description()).isEqualTo("Send the fire drill log");
            assertThat(action.owner()).isEqualTo("Provider manager");
        });
        assertThat($(Checkbox.class).all()).extracting(Checkbox::getLabel).contains("Send the fire drill log");
    }

    @Test
    void a_half_filled_action_is_not_dropped_the_visitor_is_asked_first() {
        long visit = completeDraft("Half action farm");
        signInAs("a1.visitor");
        navigate(VisitView.class, visit);

        test($(TextField.class).withLabel("Action").single()).setValue("Check the fire exits are clear");
        test($(Button.class).withText("Submit visit").single()).click();

        ConfirmDialog ask = $(ConfirmDialog.class).single();
        assertThat(test(ask).getText()).contains("Say who owns the action", "Choose the date it is due");
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visit)).status()).isEqualTo(VisitStatus.DRAFT);
        test(ask).confirm();
        assertThat($(TextField.class).withLabel("Action").single().getValue()).isEqualTo("Check the fire exits are clear");
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visit)).status()).isEqualTo(VisitStatus.DRAFT);

        test($(Button.class).withText("Submit visit").single()).click();
        test($(ConfirmDialog.class).single()).reject();
        VisitPage saved = subjects.callAs("a1.visitor", () -> visits.get(visit));
        assertThat(saved.status()).isEqualTo(VisitStatus.SUBMITTED);
        assertThat(saved.actions()).isEmpty();
    }

    @Test
    void an_impossible_visit_date_is_refused_next_to_the_field_and_the_header_says_not_saved() {
        long provider = fixtures.approvedProvider("Date slip farm");
        long visit = fixtures.draftVisit("a1.visitor", provider);
        LocalDateTime started = subjects.callAs("a1.visitor", () -> visits.get(visit).draft().getVisitedAt());
        signInAs("a1.visitor");
        navigate(VisitView.class, visit);
        DateTimePicker when = $(DateTimePicker.class).withLabel("Date and time").single();

        for (LocalDateTime slip : new LocalDateTime[] {LocalDateTime.of(1900, 1, 1, 10, 0),
                LocalDateTime.of(2099, 1, 1, 10, 0), LocalDateTime.of(10000, 1, 1, 10, 0)}) {
            // as the browser sends it: the field's own min/max would stop the test helper from typing it
            when.setValue(slip);
            assertThat(when.isInvalid()).as("%s shown as invalid", slip).isTrue();
            assertThat(when.getErrorMessage()).as("message for %s", slip).startsWith("Enter a date");
            assertThat($(SaveState.class).single().getText()).as("save state for %s", slip).startsWith("Not saved: ");
            assertThat(subjects.callAs("a1.visitor", () -> visits.get(visit).draft().getVisitedAt()))
                    .isEqualTo(started);
        }
        test($(Button.class).withText("Submit visit").single()).click();
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visit)).status()).isEqualTo(VisitStatus.DRAFT);

        LocalDateTime yesterday = LocalDateTime.now().minusDays(1).withSecond(0).withNano(0);
        test(when).setValue(yesterday);
        assertThat(when.isInvalid()).isFalse();
        assertThat($(SaveState.class).single().getText()).startsWith("Saved ");
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visit).draft().getVisitedAt())).isEqualTo(yesterday);
    }

    @Test
    void leaving_the_visit_form_with_an_action_typed_but_not_added_asks_first() {
        long provider = fixtures.approvedProvider("Leave farm");
        long visit = fixtures.draftVisit("a1.visitor", provider);
        signInAs("a1.visitor");
        navigate(VisitView.class, visit);

        test($(TextField.class).withLabel("Owner").single()).setValue("Provider manager");
        UI.getCurrent().navigate(VisitListView.class);
        assertThat(getCurrentView()).isInstanceOf(VisitView.class);
        ConfirmDialog ask = $(ConfirmDialog.class).single();
        assertThat(test(ask).getHeader()).isEqualTo("Leave without saving?");
        test(ask).confirm();
        assertThat(getCurrentView()).isInstanceOf(VisitView.class);

        UI.getCurrent().navigate(VisitListView.class);
        test($(ConfirmDialog.class).single()).reject();
        assertThat(getCurrentView()).isInstanceOf(VisitListView.class);
    }

    @Test
    void leaving_a_visit_whose_autosave_was_refused_asks_first_and_a_saved_one_does_not() {
        long provider = fixtures.approvedProvider("Refused farm");
        long visit = fixtures.draftVisit("a1.visitor", provider);
        signInAs("a1.visitor");
        navigate(VisitView.class, visit);
        test($(VisitForm.class).single().notes).setValue("Saved as typed");
        UI.getCurrent().navigate(VisitListView.class);
        assertThat(getCurrentView()).isInstanceOf(VisitListView.class);
        assertThat($(ConfirmDialog.class).all()).isEmpty();

        navigate(VisitView.class, visit);
        $(DateTimePicker.class).withLabel("Date and time").single().setValue(LocalDateTime.of(1900, 1, 1, 9, 0));
        UI.getCurrent().navigate(VisitListView.class);
        assertThat(getCurrentView()).isInstanceOf(VisitView.class);
        assertThat(test($(ConfirmDialog.class).single()).getHeader()).isEqualTo("Leave without saving?");
    }

    @Test
    void record_a_visit_from_a_provider_page_opens_with_the_provider_and_its_main_site_chosen() {
        long provider = fixtures.approvedProvider("Linked farm");
        long satellite = subjects.callAs("a1.slt", () -> providers.addSite(provider, SiteKind.SATELLITE,
                ProviderFixtures.site("Beta", "AB1 2CE")));
        signInAs("a1.visitor");
        UI.getCurrent().navigate("visits/new", QueryParameters.of("provider", String.valueOf(provider)));
        @SuppressWarnings("unchecked")
        ComboBox<ProviderChoice> picker = $(ComboBox.class).withLabel("Provider").single();
        assertThat(picker.getValue()).extracting(ProviderChoice::id).isEqualTo(provider);
        @SuppressWarnings("unchecked")
        Select<VisitPage.Site> site = $(Select.class).withLabel("Site").single();
        assertThat(site.getValue().name()).startsWith("Main site");

        test($(Button.class).withText("Start visit").single()).click();
        VisitView opened = (VisitView) getCurrentView();
        assertThat(opened).isNotNull();
        long mainSite = subjects.callAs("a1.slt", () -> providers.get(provider)).sites().stream()
                .filter(s -> s.kind() == SiteKind.MAIN).findFirst().orElseThrow().id();
        assertThat($(VisitForm.class).single().draft().getSiteId()).isEqualTo(mainSite);

        UI.getCurrent().navigate("visits/new", QueryParameters.simple(java.util.Map.of("provider",
                String.valueOf(provider), "site", String.valueOf(satellite))));
        @SuppressWarnings("unchecked")
        Select<VisitPage.Site> chosen = $(Select.class).withLabel("Site").single();
        assertThat(chosen.getValue().id()).isEqualTo(satellite);
    }

    @Test
    void the_action_due_date_and_the_visit_date_come_from_the_uk_date_fields() {
        long provider = fixtures.approvedProvider("Fields farm");
        long visit = fixtures.draftVisit("a1.visitor", provider);
        signInAs("a1.visitor");
        navigate(VisitView.class, visit);
        DatePicker due = $(DatePicker.class).withLabel("Due by").single();
        assertThat(due.getLocale()).isEqualTo(java.util.Locale.UK);
        assertThat(due.getMin()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(due.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        DateTimePicker when = $(DateTimePicker.class).withLabel("Date and time").single();
        assertThat(when.getMin()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
        assertThat(when.getMax().toLocalDate()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/London")));
    }

    private long completeDraft(String providerName) {
        long provider = fixtures.approvedProvider(providerName);
        long visit = fixtures.draftVisit("a1.visitor", provider);
        subjects.runAs("a1.visitor", () -> {
            VisitDraft draft = VisitFixtures.complete(visits.get(visit).draft());
            visits.saveDraft(visit, draft);
        });
        return visit;
    }

    private String subjectsName(long providerId) {
        return subjects.callAs("a1.dsl", () -> visits.list(uk.apassure.visit.VisitFilter.ANY.withProvider(providerId),
                org.springframework.data.domain.PageRequest.of(0, 1))).getFirst().providerName();
    }
}
