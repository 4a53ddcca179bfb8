package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.EvidenceFiles;

/**
 * An AP lead renews an expired insurance certificate from {@code /renewals} on a tablet: the row
 * says overdue, "Renew" takes the new certificate and its date in one dialog, and the row turns ok.
 * The same list on a phone fits the window.
 */
class RenewalE2ETest extends BrowserTest {

    @Autowired
    AuditFixtures audits;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void an_ap_lead_renews_an_expired_insurance_certificate_and_the_row_turns_ok_at_768x1024() {
        long provider = audits.provider("E2E Renewal Farm");
        audits.decided(provider);
        LocalDate today = LocalDate.now(clock);
        jdbc.update("UPDATE audit_item i JOIN audit a ON a.id = i.audit_id JOIN checklist_item c"
                + " ON c.id = i.checklist_item_id SET i.expires_on = ? WHERE a.provider_id = ?"
                + " AND c.prompt = 'Public liability insurance'", today.minusDays(4), provider);
        String list = "/renewals?kind=certificate&provider=" + provider;

        page.navigate(url(list));
        signIn("a1.aplead");
        Locator overdue = page.locator(".renewal-state[data-state=overdue]");
        assertThat(overdue).hasCount(1);
        // most urgent first: the expired certificate is the first row
        assertThat(page.locator("vaadin-grid-cell-content .renewal-what").first()).hasText("Public liability insurance");
        assertThat(fitsWidth()).isTrue();
        screenshot("renewals-overdue-768x1024");

        page.locator(".renew-row").first().click();
        assertThat(page.getByText("Renew: Public liability insurance")).isVisible();
        page.locator(".renew-upload input[type=file]").setInputFiles(new FilePayload("insurance.pdf",
                "application/pdf", EvidenceFiles.png()));
        assertThat(page.locator(".renew-form .upload-problem")).containsText("named as a PDF, but its content is an image");
        page.locator(".renew-upload input[type=file]").setInputFiles(new FilePayload("insurance-2027.pdf",
                "application/pdf", EvidenceFiles.pdf("Public liability insurance 2027")));
        assertThat(page.locator(".renew-form .upload-problem")).isEmpty();
        LocalDate until = today.plusYears(1);
        page.locator(".renew-date input").fill(String.format("%02d/%02d/%d", until.getDayOfMonth(),
                until.getMonthValue(), until.getYear()));
        page.locator(".renew-date input").press("Enter");
        screenshot("renewals-renew-dialog-768x1024");
        page.locator(".dialog-save").click();

        assertThat(overdue).hasCount(0);
        assertThat(page.locator(".renewal-kind", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("renewed by A1 AP Lead"))).hasCount(1);
        assertThat(page.locator(".renewal-state[data-state=ok]").first()).isVisible();
        screenshot("renewals-renewed-768x1024");

        open(390, 844);
        page.navigate(url(list));
        signIn("a1.aplead");
        assertThat(page.locator(".renewal-state[data-state=ok]").first()).isVisible();
        assertThat(fitsWidth()).isTrue();
        screenshot("renewals-390x844");
    }
}
