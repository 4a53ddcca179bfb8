package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.VisitDraft;
import uk.apassure.visit.VisitFixtures;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitService;
import uk.apassure.visit.VisitStatus;

/** A visitor records a visit on a phone and on a tablet, and keeps typing when the signal drops. */
class VisitE2ETest extends BrowserTest {

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    VisitService visits;

    @Autowired
    SubjectRunner subjects;

    @Autowired
    uk.apassure.provider.ProviderService providers;

    @Autowired
    uk.apassure.visit.ConcernService concerns;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "768, 1024"})
    void fills_and_submits_a_visit(int width, int height) {
        long provider = fixtures.approvedProvider("Orchard Farm");
        String providerName = subjects.callAs("a1.visitor", () -> providers.choice(provider)).name();
        open(width, height);
        String size = width + "x" + height;
        page.navigate(url("/visits/new"));
        signIn("a1.visitor");
        assertThat(page).hasURL(Pattern.compile(".*/visits/new$"));

        Locator picker = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Provider"));
        picker.fill(providerName);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(providerName)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start visit")).click();
        assertThat(page).hasURL(Pattern.compile(".*/visits/\\d+$"));
        long visitId = Long.parseLong(page.url().replaceAll(".*/visits/", ""));

        chooseInSelect("Type of visit", "QA / monitoring");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Staff")).check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Pupils")).check();
        page.getByLabel("Pupil work reviewed").fill("Portfolio of animal-care tasks, signed off weekly");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Lessons")).check();
        page.getByLabel("Activities observed").fill("Feeding round and a short numeracy session");
        for (String area : new String[] {"Safeguarding", "Teaching and learning", "Behaviour", "Attendance",
                "Site and safety"}) {
            page.locator("vaadin-radio-group").filter(new Locator.FilterOptions().setHasText(area))
                    .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Good").setExact(true)).check();
        }
        page.getByLabel("Notes").fill("Well supervised; pupils knew the fire assembly point.");
        assertThat(page.locator(".save-state")).hasText(Pattern.compile("Saved \\d\\d:\\d\\d"));
        assertThat(fitsWidth()).as("no horizontal scrolling at " + size).isTrue();
        assertTouchTargets();
        screenshot("visit-form-" + size);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit visit")).click();
        assertThat(page.locator(".visit-status")).hasText("Submitted");
        assertThat(fitsWidth()).isTrue();
        screenshot("visit-submitted-" + size);

        VisitPage saved = subjects.callAs("a1.visitor", () -> visits.get(visitId));
        assertThat(saved.status()).isEqualTo(VisitStatus.SUBMITTED);
        assertThat(saved.draft().getNotes()).isEqualTo("Well supervised; pupils knew the fire assembly point.");
        assertThat(saved.draft().isSpokeToPupils()).isTrue();
        assertThat(saved.draft().getType()).isNotNull();
    }

    @Test
    void what_is_typed_offline_reaches_the_server_when_the_connection_returns() {
        long visitId = openDraft();
        context.setOffline(true);
        page.getByLabel("Notes").fill("Typed with no signal in the barn");
        assertThat(page.locator(".save-state")).hasText("Offline \u2014 will send");
        page.waitForFunction("() => (window.apVisitDraft.pending('" + visitId + "').notes || '')"
                + " === 'Typed with no signal in the barn'");
        screenshot("visit-offline-768x1024");
        assertThat(notes(visitId)).isEmpty();

        context.setOffline(false);
        waitUntil(() -> notes(visitId).equals("Typed with no signal in the barn"));
        page.waitForFunction("() => Object.keys(window.apVisitDraft.pending('" + visitId + "')).length === 0");
    }

    @Test
    void what_is_typed_offline_survives_a_closed_tab_and_is_sent_on_the_next_visit() {
        long visitId = openDraft();
        context.setOffline(true);
        page.getByLabel("Pupil work reviewed").fill("Workbook seen while offline");
        page.locator("vaadin-radio-group").filter(new Locator.FilterOptions().setHasText("Behaviour"))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Adequate").setExact(true)).check();
        page.waitForFunction("() => { const p = window.apVisitDraft.pending('" + visitId + "');"
                + " return p.pupilWork === 'Workbook seen while offline' && p['judgement.BEHAVIOUR'] === 'Adequate'; }");
        page.close();

        context.setOffline(false);
        page = context.newPage();
        page.navigate(url("/visits/" + visitId));
        waitUntil(() -> subjects.callAs("a1.visitor", () -> visits.get(visitId)).draft().getPupilWork()
                .equals("Workbook seen while offline"));
        VisitPage saved = subjects.callAs("a1.visitor", () -> visits.get(visitId));
        assertThat(saved.draft().judgement(uk.apassure.visit.JudgedArea.BEHAVIOUR))
                .isEqualTo(uk.apassure.visit.Judgement.ADEQUATE);
        page.waitForFunction("() => Object.keys(window.apVisitDraft.pending('" + visitId + "')).length === 0");
        assertThat(page.getByLabel("Pupil work reviewed")).hasValue("Workbook seen while offline");
    }

    @Test
    void a_browser_copy_older_than_the_servers_save_is_not_restored_without_asking() {
        long visitId = openDraft();
        context.setOffline(true);
        page.getByLabel("Pupil work reviewed").fill("Typed in this browser");
        page.waitForFunction("() => window.apVisitDraft.pending('" + visitId + "').pupilWork === 'Typed in this browser'");
        page.close();
        // meanwhile the visit is saved from another device
        subjects.runAs("a1.visitor", () -> {
            VisitDraft draft = visits.get(visitId).draft();
            draft.setPupilWork("Saved on the tablet");
            visits.saveDraft(visitId, draft);
        });

        context.setOffline(false);
        page = context.newPage();
        page.navigate(url("/visits/" + visitId));
        assertThat(page.getByText("This browser has changes that were not sent")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep the saved visit")).click();

        page.waitForFunction("() => Object.keys(window.apVisitDraft.pending('" + visitId + "')).length === 0");
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visitId)).draft().getPupilWork())
                .isEqualTo("Saved on the tablet");
        assertThat(page.getByLabel("Pupil work reviewed")).hasValue("Saved on the tablet");
    }

    @Test
    void signing_out_removes_the_browser_copies_of_drafts() {
        long visitId = openDraft();
        context.setOffline(true);
        page.getByLabel("Pupil work reviewed").fill("Typed then signed out");
        page.waitForFunction("() => window.apVisitDraft.pending('" + visitId + "').pupilWork === 'Typed then signed out'");
        context.setOffline(false);
        page.waitForFunction("() => Object.keys(window.apVisitDraft.pending('" + visitId + "')).length === 0");
        page.evaluate("() => window.localStorage.setItem('apassure.visit-draft.999999', '{\"notes\":\"left\"}')");
        page.navigate(url("/"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.waitForFunction("() => Object.keys(window.localStorage).every(k => !k.startsWith('apassure.visit-draft.'))");
    }

    @Test
    void a_dsl_sees_a_new_concern_on_the_dashboard_and_closes_it_with_an_outcome() {
        long provider = fixtures.approvedProvider("Riverbank Stables");
        long visitId = fixtures.submittedVisit("a1.visitor", provider, java.time.LocalDateTime.now().minusHours(2));
        subjects.runAs("a1.visitor", () -> concerns.raise(visitId, "A pupil was left alone in the yard"));
        String providerName = subjects.callAs("a1.visitor", () -> visits.get(visitId)).providerName();

        page.navigate(url("/"));
        signIn("a1.dsl");
        Locator link = page.locator(".open-concerns").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(providerName));
        assertThat(link).isVisible();
        assertThat(fitsWidth()).isTrue();
        screenshot("dashboard-dsl-new-concern-768x1024");

        page.navigate(url("/visits?concerns=open"));
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(providerName))).hasCount(1);
        screenshot("visits-open-concerns-768x1024");

        page.navigate(url("/visits/" + visitId));
        assertThat(page.getByText("A pupil was left alone in the yard")).isVisible();
        page.getByLabel("Outcome").fill("Spoke to the provider; supervision plan agreed and checked on a call.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record outcome and close")).click();
        assertThat(page.getByText("Safeguarding concern (closed)")).isVisible();
        screenshot("visit-concern-closed-768x1024");
        assertThat(subjects.callAs("a1.dsl", () -> visits.get(visitId)).concern().open()).isFalse();
    }

    @Test
    void an_action_typed_but_not_added_is_not_lost_on_submit() {
        long visitId = openDraft();
        fillWhatSubmissionNeeds();
        page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).fill("Send the fire drill log");
        page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true)).fill("Provider manager");
        page.getByLabel("Due by").fill("05/06/2027");
        page.getByLabel("Due by").press("Tab");
        page.getByLabel("Due by").scrollIntoViewIfNeeded();
        screenshot("visit-typed-action-768x1024");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit visit")).click();
        assertThat(page.locator(".visit-status")).hasText("Submitted");
        assertThat(page.getByText("No follow-up actions.")).hasCount(0);
        Locator added = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Send the fire drill log"));
        assertThat(added).isVisible();
        added.scrollIntoViewIfNeeded();
        screenshot("visit-typed-action-submitted-768x1024");
        VisitPage saved = subjects.callAs("a1.visitor", () -> visits.get(visitId));
        assertThat(saved.status()).isEqualTo(VisitStatus.SUBMITTED);
        assertThat(saved.actions()).singleElement().satisfies(action -> {
            assertThat(action.description()).isEqualTo("Send the fire drill log");
            assertThat(action.owner()).isEqualTo("Provider manager");
            assertThat(action.dueOn()).isEqualTo(java.time.LocalDate.of(2027, 6, 5));
        });
    }

    @Test
    void leaving_the_visit_form_with_unsaved_input_asks_first() {
        long visitId = openDraft();
        Locator action = page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true));
        action.fill("Check the fire exits are clear");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All visits")).click();
        assertThat(page.getByText("Leave without saving?")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/visits/" + visitId + "$"));
        settled();
        screenshot("visit-leave-guard-768x1024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay")).click();
        assertThat(page.getByText("Leave without saving?")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile(".*/visits/" + visitId + "$"));
        assertThat(action).hasValue("Check the fire exits are clear");

        // closing the tab or reloading: the browser's own question
        java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            asked.add(dialog.type());
            dialog.dismiss();
        });
        page.close(new Page.CloseOptions().setRunBeforeUnload(true));
        page.waitForCondition(() -> !asked.isEmpty());
        assertThat(asked).containsExactly("beforeunload");
        assertThat(page.isClosed()).isFalse();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All visits")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave without saving")).click();
        assertThat(page).hasURL(Pattern.compile(".*/visits$"));
    }

    @Test
    void on_a_phone_a_typed_date_stays_when_enter_is_pressed() {
        open(390, 844);
        long visitId = openDraft();
        java.time.LocalDate yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1);
        String typedYesterday = String.format("%02d/%02d/%d", yesterday.getDayOfMonth(), yesterday.getMonthValue(),
                yesterday.getYear());

        Locator visitDate = page.locator("vaadin-date-time-picker").getByRole(AriaRole.COMBOBOX).first();
        visitDate.click();
        visitDate.press("Control+A");
        page.keyboard().type(typedYesterday);
        page.keyboard().press("Enter");
        assertThat(visitDate).hasValue(typedYesterday);
        assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(0);
        waitUntil(() -> yesterday.equals(visitedOn(visitId)));

        // the number pad has no slash: 05062027 is 5 June 2027
        Locator due = page.getByLabel("Due by");
        assertThat(due).hasAttribute("inputmode", "decimal");
        assertThat(visitDate).hasAttribute("inputmode", "decimal");
        due.click();
        page.keyboard().type("05062027");
        page.keyboard().press("Enter");
        assertThat(due).hasValue("05/06/2027");
        assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(0);
        assertThat(fitsWidth()).isTrue();
        screenshot("visit-phone-date-390x844");
        page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).fill("Send the fire drill log");
        page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true)).fill("Provider manager");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add action")).click();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Send the fire drill log")))
                .isVisible();
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visitId)).actions()).singleElement()
                .satisfies(saved -> assertThat(saved.dueOn()).isEqualTo(java.time.LocalDate.of(2027, 6, 5)));
    }

    @Test
    void an_impossible_date_typed_in_the_browser_is_refused_next_to_the_field_and_not_saved() {
        long visitId = openDraft();
        var started = subjects.callAs("a1.visitor", () -> visits.get(visitId)).draft().getVisitedAt();
        Locator visitDate = page.locator("vaadin-date-time-picker").getByRole(AriaRole.COMBOBOX).first();
        // the field names the dates it takes: "from 01/01/2000 to <today>" or "no later than <today>"
        // (a year before 2000 may be named by the lower bound alone: "from 01/01/2000 onwards")
        String today = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
        String says = "Enter a date (from 01/01/2000 to " + today + "|from 01/01/2000 onwards|no later than " + today + ").*";
        for (String slip : new String[] {"01/01/0001", "01/01/1900", "01/01/2099", "01/01/10000"}) {
            visitDate.click();
            visitDate.press("Control+A");
            page.keyboard().type(slip);
            page.keyboard().press("Enter");
            assertThat(page.locator("vaadin-date-time-picker[invalid]")).hasCount(1);
            assertThat(page.locator("vaadin-date-time-picker > [slot=error-message]")).hasText(Pattern.compile(says));
            assertThat(page.locator(".save-state")).hasText(Pattern.compile("Not saved: " + says));
        }
        settled();
        screenshot("visit-impossible-date-768x1024");
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visitId)).draft().getVisitedAt()).isEqualTo(started);
    }

    @Test
    void notes_pasted_over_the_limit_are_kept_whole_and_the_field_says_they_are_too_long() {
        long visitId = openDraft();
        page.getByLabel("Notes").fill("Kept short");
        waitUntil(() -> notes(visitId).equals("Kept short"));
        String report = "Pasted from the provider's report. ".repeat(600);
        assertThat(report.length()).isGreaterThan(20_000);

        page.getByLabel("Notes").fill(report);
        page.getByLabel("Notes").blur();

        assertThat(page.getByLabel("Notes")).hasValue(report);
        assertThat(page.locator("vaadin-text-area[invalid] > [slot=error-message]").first())
                .hasText("This is too long (at most 20,000 characters)");
        settled();
        screenshot("visit-notes-too-long-768x1024");
        assertThat(notes(visitId)).as("nothing cut and saved").isEqualTo("Kept short");
    }

    @Test
    void record_a_visit_from_a_provider_opens_with_the_provider_and_its_main_site() {
        long provider = fixtures.approvedProvider("Linked Farm");
        String providerName = subjects.callAs("a1.visitor", () -> providers.choice(provider)).name();
        for (int[] size : new int[][] {{768, 1024}, {390, 844}}) {
            open(size[0], size[1]);
            page.navigate(url("/visits/new?provider=" + provider));
            signIn("a1.visitor");
            assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Provider")))
                    .hasValue(providerName);
            assertThat(page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Site")))
                    .containsText("Main site, Alpha");
            assertThat(fitsWidth()).isTrue();
            screenshot("visit-new-for-provider-" + size[0] + "x" + size[1]);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start visit")).click();
        assertThat(page).hasURL(Pattern.compile(".*/visits/\\d+$"));
        long visitId = Long.parseLong(page.url().replaceAll(".*/visits/", ""));
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visitId)).draft().getSiteId()).isNotNull();
        assertThat(page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Site")))
                .containsText("Main site, Alpha");
    }

    /** Animations (a dialog opening) have finished: for screenshots. */
    private void settled() {
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
    }

    private java.time.LocalDate visitedOn(long visitId) {
        var at = subjects.callAs("a1.visitor", () -> visits.get(visitId)).draft().getVisitedAt();
        return at == null ? null : at.toLocalDate();
    }

    private void fillWhatSubmissionNeeds() {
        chooseInSelect("Type of visit", "QA / monitoring");
        for (String area : new String[] {"Safeguarding", "Teaching and learning", "Behaviour", "Attendance",
                "Site and safety"}) {
            page.locator("vaadin-radio-group").filter(new Locator.FilterOptions().setHasText(area))
                    .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Good").setExact(true)).check();
        }
        assertThat(page.locator(".save-state")).hasText(Pattern.compile("Saved \\d\\d:\\d\\d"));
    }

    private long openDraft() {
        long provider = fixtures.approvedProvider("Barn Farm");
        long visitId = fixtures.draftVisit("a1.visitor", provider);
        page.navigate(url("/visits/" + visitId));
        signIn("a1.visitor");
        assertThat(page).hasURL(Pattern.compile(".*/visits/" + visitId + "$"));
        page.waitForFunction("() => window.apVisitDraft !== undefined"
                + " && document.querySelector('.visit-view').__apVisitDraft !== undefined");
        return visitId;
    }

    private String notes(long visitId) {
        return subjects.callAs("a1.visitor", () -> visits.get(visitId)).draft().getNotes();
    }

    private void chooseInSelect(String label, String option) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText(label)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
    }

    /** Every button, checkbox and radio button of the form is at least 44 px high. */
    @SuppressWarnings("unchecked")
    private void assertTouchTargets() {
        Map<String, Object> smallest = (Map<String, Object>) page.evaluate("() => {"
                + " let min = { h: 1000, what: '' };"
                + " document.querySelectorAll('.visit-view vaadin-button, .visit-view vaadin-checkbox,"
                + " .visit-view vaadin-radio-button, .visit-view vaadin-text-field, .visit-view vaadin-select').forEach(e => {"
                + "   const h = e.getBoundingClientRect().height; if (h > 0 && h < min.h) min = { h, what: e.outerHTML.slice(0, 80) }; });"
                + " return min; }");
        assertThat(((Number) smallest.get("h")).doubleValue()).as("smallest touch target: " + smallest.get("what"))
                .isGreaterThanOrEqualTo(44);
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.get()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The server did not receive the offline copy within 30 s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
