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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.AuditState;
import uk.apassure.audit.EvidenceFiles;
import uk.apassure.audit.ItemAnswer;
import uk.apassure.audit.Outcome;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/** An AP lead on a tablet starts an audit, fills items with one evidence upload, and submits it. */
class AuditE2ETest extends BrowserTest {

    @Autowired
    ProviderService providers;

    @Autowired
    AuditService audits;

    @Autowired
    SubjectRunner subjects;

    @Test
    void an_ap_lead_fills_and_submits_an_audit_with_evidence_at_768x1024() {
        long provider = subjects.callAs("a1.aplead", () -> providers.create(ProviderFixtures.farm("E2E Orchard Farm"),
                ProviderFixtures.site("Alpha", "AB1 2CD")));
        page.navigate(url("/providers/" + provider));
        signIn("a1.aplead");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start audit")).click();
        assertThat(page).hasURL(Pattern.compile(".*/audits/\\d+$"));
        long auditId = Long.parseLong(page.url().replaceAll(".*/audits/", ""));

        // the first two items are filled in the browser; the rest through the service, to keep the test short
        subjects.runAs("a1.aplead", () -> {
            for (AuditSheet.Item item : audits.get(auditId).items().subList(2, audits.get(auditId).items().size())) {
                audits.recordItem(auditId, item.id(), item.version(), new ItemAnswer(Outcome.MET, "",
                        item.needsExpiry() ? LocalDate.now().plusYears(1) : null));
            }
        });

        Locator first = page.locator(".audit-item").nth(0);
        first.locator("input[type=file]").setInputFiles(new FilePayload("registration-check.pdf", "application/pdf",
                EvidenceFiles.pdf("Register of independent schools: checked")));
        assertThat(first.locator("a.evidence-link")).hasText("registration-check.pdf");
        // the signed-in user downloads the file; a browser without the session gets nothing
        Download download = page.waitForDownload(() -> first.locator("a.evidence-link").click());
        assertThat(download.suggestedFilename()).isEqualTo("registration-check.pdf");
        assertThat(readAll(download)).startsWith("%PDF");
        String href = first.locator("a.evidence-link").getAttribute("href");
        // the same address works in the signed-in session (so the refusal below is about the session)
        assertThat(new String(page.context().request().get(url("/" + href)).body(), 0, 4)).isEqualTo("%PDF");
        try (BrowserContext stranger = page.context().browser().newContext()) {
            APIResponse response = stranger.request().get(url("/" + href));
            assertThat(response.body().length > 4 && new String(response.body(), 0, 4).equals("%PDF"))
                    .as("no evidence without the session").isFalse();
        }
        first.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Met").setExact(true)).check();
        first.getByLabel("Note").fill("Checked on the register today");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save item")).click();
        assertThat(first.locator(".item-guidance").last()).containsText("Checked by A1 AP Lead");

        Locator second = page.locator(".audit-item").nth(1);
        second.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Not applicable")).check();
        second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save item")).click();
        assertThat(second.locator(".item-guidance").last()).containsText("Checked by A1 AP Lead");
        assertThat(fitsWidth()).as("no horizontal scrolling at 768x1024").isTrue();
        screenshot("audit-filled-768x1024");

        page.reload();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for sign-off")).click();
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

    private static String readAll(Download download) {
        try (var in = download.createReadStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
