package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.audit.AuditFixtures;

/**
 * An AP lead on a tablet approves a provider's first risk assessment from its signed-off audit, then
 * adds a satellite site: the assessment needs review at once, and says why. Also looked at on a phone.
 */
class RiskAssessmentE2ETest extends BrowserTest {

    @Autowired
    AuditFixtures audits;

    @Test
    void approving_then_adding_a_satellite_site_shows_review_needed_with_the_reason() {
        long provider = audits.provider("Risk e2e farm " + UUID.randomUUID().toString().substring(0, 6));
        audits.decided(provider);
        page.navigate(url("/providers/" + provider));
        signIn("a1.aplead");
        Locator section = page.locator(".risk-assessment");
        assertThat(section.getByText("None yet")).isVisible();

        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Make risk assessment")).click();
        assertThat(page.getByText("Made from audit #")).isVisible();
        screenshot("risk-assessment-form-768x1024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve version 1")).click();
        assertThat(section.locator(".risk-state")).containsText("OK");
        assertThat(section.locator(".risk-state")).containsText("Version 1 · approved");
        assertThat(section.getByText("Animals · Animal care")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add site")).click();
        page.getByLabel("Site name").fill("Orchard annexe");
        page.getByLabel("Address line 1").fill("2 Orchard Road");
        page.getByLabel("Town").fill("Alpha");
        page.getByLabel("Postcode").fill("AB1 4EF");
        // the dialog's own "Add site" (its save button), not the page's
        page.locator("vaadin-button.dialog-save").click();

        Locator risk = page.locator(".risk-assessment");
        assertThat(risk.locator(".risk-state")).containsText("Review needed");
        assertThat(risk.locator(".risk-reasons")).containsText("Site added: satellite site Orchard annexe");
        risk.scrollIntoViewIfNeeded();
        assertThat(fitsWidth()).isTrue();
        screenshot("risk-assessment-review-needed-768x1024");

        open(390, 844);
        page.navigate(url("/providers/" + provider));
        signIn("a1.aplead");
        assertThat(page.locator(".risk-assessment .risk-reasons")).containsText("Orchard annexe");
        page.locator(".risk-assessment").scrollIntoViewIfNeeded();
        assertThat(fitsWidth()).isTrue();
        screenshot("risk-assessment-review-needed-390x844");
    }
}
