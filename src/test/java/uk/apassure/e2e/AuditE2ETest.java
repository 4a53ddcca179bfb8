package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.AuditState;
import uk.apassure.audit.EvidenceFiles;
import uk.apassure.audit.ItemAnswer;
import uk.apassure.audit.Outcome;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/**
 * An AP lead on a tablet fills an audit: every answer saves as it is given, a UK date is typed,
 * an answer typed just before leaving is still there on return, an item that requires evidence
 * cannot be met without it, a refused upload says why, and the sign-off sits after the items.
 */
class AuditE2ETest extends BrowserTest {

    @Autowired
    ProviderService providers;

    @Autowired
    AuditService audits;

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    SubjectRunner subjects;

    @org.junit.jupiter.api.BeforeAll
    static void patientAssertions() {
        // a new audit renders ~40 items; on a busy build machine that takes longer than the 5 s default
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    private long provider(String name) {
        return subjects.callAs("a1.aplead", () -> providers.create(ProviderFixtures.farm(name),
                ProviderFixtures.site("Alpha", "AB1 2CD")));
    }

    private AuditSheet.Item item(long auditId, Predicate<AuditSheet.Item> which) {
        return subjects.callAs("a1.aplead", () -> audits.get(auditId)).items().stream().filter(which).findFirst()
                .orElseThrow();
    }

    private Locator card(long itemId) {
        return page.locator(".audit-item[data-item='" + itemId + "']");
    }

    private long openNewAudit(String providerName) {
        long provider = provider(providerName);
        page.navigate(url("/providers/" + provider));
        signIn("a1.aplead");
        Locator start = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start audit"));
        start.scrollIntoViewIfNeeded();
        start.click();
        assertThat(page).hasURL(Pattern.compile(".*/audits/\\d+$"));
        return Long.parseLong(page.url().replaceAll(".*/audits/", ""));
    }

    @Test
    void an_ap_lead_fills_and_submits_an_audit_with_evidence_at_768x1024() {
        long auditId = openNewAudit("E2E Orchard Farm");
        // "Start audit" opens the new audit at its top
        assertThat(page.locator("h2.audit-title")).isInViewport();
        assertThat(page.locator("a.back-link")).isInViewport();

        // the first two items are answered in the browser; the rest through the service, to keep the test short
        subjects.runAs("a1.aplead", () -> {
            for (AuditSheet.Item item : audits.get(auditId).items().subList(2, audits.get(auditId).items().size())) {
                audits.recordItem(auditId, item.id(), item.version(), new ItemAnswer(Outcome.MET, "",
                        item.needsExpiry() ? LocalDate.now().plusYears(1) : null,
                        item.evidenceRequired() ? AuditFixtures.SEEN_ON_SITE : null));
            }
        });
        long firstId = item(auditId, i -> true).id();
        Locator first = card(firstId);
        // a refused file says why and never shows as uploaded
        first.locator("input[type=file]").setInputFiles(new FilePayload("registration-check.pdf", "application/pdf",
                EvidenceFiles.png()));
        assertThat(first.locator(".upload-problem")).containsText("named as a PDF, but its content is an image (PNG)");
        assertThat(first.locator("vaadin-upload-file[complete]:not([error])")).hasCount(0);
        assertThat(first.locator("a.evidence-link")).hasCount(0);
        screenshot("audit-upload-refused-768x1024");

        first.locator("input[type=file]").setInputFiles(new FilePayload("registration-check.pdf", "application/pdf",
                EvidenceFiles.pdf("Register of independent schools: checked")));
        assertThat(first.locator("a.evidence-link")).hasText("registration-check.pdf");
        assertThat(first.locator(".upload-problem")).isEmpty();
        // the signed-in user downloads the file; a browser without the session gets nothing
        Download download = page.waitForDownload(() -> first.locator("a.evidence-link").click());
        assertThat(download.suggestedFilename()).isEqualTo("registration-check.pdf");
        assertThat(readAll(download)).startsWith("%PDF");
        String href = first.locator("a.evidence-link").getAttribute("href");
        assertThat(new String(page.context().request().get(url("/" + href)).body(), 0, 4)).isEqualTo("%PDF");
        try (BrowserContext stranger = page.context().browser().newContext()) {
            APIResponse response = stranger.request().get(url("/" + href));
            assertThat(response.body().length > 4 && new String(response.body(), 0, 4).equals("%PDF"))
                    .as("no evidence without the session").isFalse();
        }
        first.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Met").setExact(true)).check();
        assertThat(first.locator(".save-status")).containsText("Saved");
        first.getByLabel("Note").fill("Checked on the register today");
        first.getByLabel("Note").blur();
        assertThat(first.locator(".save-status")).containsText("Saved");
        assertThat(first.locator(".item-guidance").last()).containsText("Checked by A1 AP Lead");

        Locator second = card(item(auditId, i -> i.id() != firstId).id());
        second.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Not applicable")).check();
        assertThat(second.locator(".save-status")).containsText("Saved");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save item"))).hasCount(0);
        assertThat(fitsWidth()).as("no horizontal scrolling at 768x1024").isTrue();
        screenshot("audit-filled-768x1024");

        page.reload();
        Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for sign-off"));
        // the step sits after the items it is about
        assertThat(submit.boundingBox().y).isGreaterThan(page.locator(".audit-item").last().boundingBox().y);
        submit.click();
        assertThat(page.getByText("Submitted by the AP lead: A1 AP Lead")).isVisible();
        screenshot("audit-submitted-768x1024");

        Download pdf = page.waitForDownload(() -> page.locator("a.audit-pdf").click());
        assertThat(pdf.suggestedFilename()).isEqualTo("audit-" + auditId + ".pdf");
        assertThat(readAll(pdf)).startsWith("%PDF");

        AuditSheet submitted = subjects.callAs("a1.aplead", () -> audits.get(auditId));
        assertThat(submitted.state()).isEqualTo(AuditState.SUBMITTED);
        assertThat(submitted.items().getFirst().outcome()).isEqualTo(Outcome.MET);
        assertThat(submitted.items().getFirst().note()).isEqualTo("Checked on the register today");
        assertThat(submitted.items().getFirst().evidence()).extracting(AuditSheet.EvidenceFile::fileName)
                .containsExactly("registration-check.pdf");
        assertThat(submitted.items().get(1).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void typing_05_06_2027_in_an_expiry_field_shows_and_stores_5_june_2027() {
        long auditId = openNewAudit("E2E Date Farm");
        AuditSheet.Item insurance = item(auditId, i -> i.prompt().equals("Public liability insurance"));
        Locator card = card(insurance.id());
        Locator date = card.locator("vaadin-date-picker input");
        date.scrollIntoViewIfNeeded();
        date.fill("05/06/2027");
        date.press("Enter");
        assertThat(card.locator(".save-status")).containsText("Saved");
        assertThat(date).hasValue("05/06/2027");
        assertThat(item(auditId, i -> i.id() == insurance.id()).expiresOn()).isEqualTo(LocalDate.of(2027, 6, 5));
        // the day after the month's 30th: accepted, not taken for month 31
        date.fill("31/12/2027");
        date.press("Enter");
        assertThat(date).hasValue("31/12/2027");
        page.waitForCondition(() -> LocalDate.of(2027, 12, 31).equals(
                item(auditId, i -> i.id() == insurance.id()).expiresOn()));
        // the calendar starts on Monday
        card.locator("vaadin-date-picker [part~='toggle-button']").click();
        assertThat(page.locator("vaadin-month-calendar [part~='weekday']:not(:empty)").first()).hasText("Mon");
        screenshot("audit-date-768x1024");
        date.press("Escape");
    }

    @Test
    void an_answer_typed_just_before_leaving_is_there_on_return() {
        long auditId = openNewAudit("E2E Leave Farm");
        AuditSheet.Item first = item(auditId, i -> true);
        Locator note = card(first.id()).getByLabel("Note");
        note.fill("Register checked by phone with the DfE");
        // straight away, before any pause: the link is pressed while the value is still on its way
        page.locator("a.back-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/providers/\\d+$"));
        page.navigate(url("/audits/" + auditId));
        assertThat(card(first.id()).getByLabel("Note")).hasValue("Register checked by phone with the DfE");
        assertThat(item(auditId, i -> i.id() == first.id()).note()).isEqualTo("Register checked by phone with the DfE");

        // closing or reloading the tab before the text was sent: the browser asks first
        AuditSheet.Item second = item(auditId, i -> i.id() != first.id());
        java.util.List<String> asked = new java.util.ArrayList<>();
        page.onDialog(dialog -> {
            asked.add(dialog.type());
            dialog.dismiss();
        });
        card(second.id()).getByLabel("Note").fill("Typed and the tab reloaded at once");
        try {
            page.reload(new Page.ReloadOptions().setTimeout(3_000));
        } catch (com.microsoft.playwright.TimeoutError stayed) {
            // the user chose to stay
        }
        assertThat(asked).contains("beforeunload");
        assertThat(card(second.id()).locator(".save-status")).containsText("Saved");
        assertThat(item(auditId, i -> i.id() == second.id()).note()).isEqualTo("Typed and the tab reloaded at once");
    }

    @Test
    void an_item_that_requires_evidence_cannot_be_met_without_a_file() {
        long auditId = openNewAudit("E2E Evidence Farm");
        AuditSheet.Item policy = item(auditId, i -> i.evidenceRequired() && !i.needsExpiry());
        Locator card = card(policy.id());
        card.scrollIntoViewIfNeeded();
        Locator met = card.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Met").setExact(true));
        assertThat(met).isDisabled();
        assertThat(card).containsText("To mark it met, upload the evidence");
        screenshot("audit-evidence-required-768x1024");
        assertThat(item(auditId, i -> i.id() == policy.id()).outcome()).isNull();
        // "seen on site, not kept" with a reason opens it
        card.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Seen on site, not kept")).check();
        card.getByLabel("Why was it not kept?").fill("Seen in the office; the provider keeps it");
        card.getByLabel("Why was it not kept?").blur();
        assertThat(met).isEnabled();
        met.check();
        assertThat(card.locator(".save-status")).containsText("Saved");
        // "Saved" already showed for the reason: wait for the outcome's own round trip, never sleep
        page.waitForCondition(() -> item(auditId, i -> i.id() == policy.id()).outcome() == Outcome.MET);
        assertThat(item(auditId, i -> i.id() == policy.id()).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void the_audit_page_at_tablet_and_phone_sizes() {
        long provider = provider("E2E Screens Farm");
        long id = fixtures.submitted(provider);
        for (int[] size : new int[][] {{768, 1024}, {390, 844}}) {
            open(size[0], size[1]);
            page.navigate(url("/audits/" + id));
            signIn("a1.dsl");
            assertThat(page.locator(".sign-off-panel")).isVisible();
            assertThat(fitsWidth()).as("no horizontal scrolling at %sx%s", size[0], size[1]).isTrue();
            screenshot("audit-dsl-" + size[0] + "x" + size[1]);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm safeguarding…")).click();
            assertThat(page.getByRole(AriaRole.DIALOG)).containsText("The safeguarding items");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("audit-dsl-confirm-" + size[0]
                    + "x" + size[1] + ".png")).setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
        }
        assertThat(subjects.callAs("a1.dsl", () -> audits.get(id)).state()).isEqualTo(AuditState.SUBMITTED);
    }

    @Test
    void a_national_standards_item_shows_its_standard_and_is_answered_on_a_tablet_and_a_phone() {
        long id = fixtures.draft(provider("E2E Standards Farm"));
        AuditSheet.Item site = item(id, i -> i.prompt().equals("Site risk assessment"));
        for (int[] size : new int[][] {{768, 1024}, {390, 844}}) {
            open(size[0], size[1]);
            page.navigate(url("/audits/" + id));
            signIn("a1.aplead");
            Locator card = card(site.id());
            card.scrollIntoViewIfNeeded();
            assertThat(card.locator(".tag-standard")).hasText("National standard: DfE AP 2 Health and safety");
            String note = "Seen at " + size[0] + " wide";
            card.getByLabel("Note").fill(note);
            card.getByLabel("Note").blur();
            assertThat(card.locator(".save-status")).containsText("Saved");
            assertThat(fitsWidth()).as("no horizontal scrolling at %sx%s", size[0], size[1]).isTrue();
            // every control of every item lies inside the window, so each can be answered without scrolling sideways
            assertThat((Number) page.evaluate("""
                    () => [...document.querySelectorAll('.audit-item, .audit-item *')].filter(e => {
                        const r = e.getBoundingClientRect();
                        return r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1);
                    }).length""")).as("controls outside the window at %sx%s", size[0], size[1]).isEqualTo(0);
            page.evaluate("() => window.scrollBy(0, -60)");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("audit-standards-item-" + size[0]
                    + "x" + size[1] + ".png")));
            assertThat(item(id, i -> i.id() == site.id()).note()).isEqualTo(note);
        }
    }

    private static String readAll(Download download) {
        try (var in = download.createReadStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
