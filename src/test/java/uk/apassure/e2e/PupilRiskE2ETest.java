package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.placement.PlacementType;

/**
 * On a tablet, a senior leader opens a proposed placement, is refused its start for want of the
 * pupil's risk assessment, writes and approves the assessment on the placement's page, and then
 * starts the placement; the section also fits a phone.
 */
class PupilRiskE2ETest extends BrowserTest {

    @Autowired
    AuditFixtures audits;

    @Autowired
    PlacementFixtures placements;

    @Test
    void slt_completes_and_approves_the_pupils_risk_assessment_and_then_starts_the_placement() {
        long provider = audits.provider("Risk journey farm " + UUID.randomUUID().toString().substring(0, 6));
        audits.decided(provider);
        long id = placements.propose("a1.aplead", PlacementType.VOCATIONAL, LocalDate.now().plusWeeks(3), provider);

        page.navigate(url("/placements/" + id));
        signIn("a1.slt");
        assertThat(page).hasURL(Pattern.compile(".*/placements/" + id + "$"));
        Locator section = page.locator(".pupil-risk-panel");
        assertThat(section.locator("h3")).hasText("Pupil risk assessment");
        assertThat(section.locator(".pupil-risk-state")).hasText("None approved");
        assertThat(section.locator(".pupil-risk-providers a")).hasAttribute("href", "providers/" + provider);

        // the start is refused, saying what is missing
        button("Start placement…").click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Reason")).fill("Agreed at panel");
        button("Save").click();
        assertThat(page.getByText("The pupil has no approved individual risk assessment", new Page.GetByTextOptions()
                .setExact(false)).first()).isVisible();
        screenshot("pupil-risk-start-refused-768x1024");
        button("Cancel").click();
        button("Close without saving").click();

        // write it with the provider's agreed controls (typed markup stays text)
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Write the risk assessment…")).click();
        chooseInSelect("Area", "Medical");
        label("Risk").fill("<b>Nut</b> allergy; carries an adrenaline pen");
        label("Controls agreed with the provider").fill("Pen kept by the key worker; no nuts in the workshop kitchen");
        label("Agreed by (name and role at the provider)").fill("Sam Teller, centre manager");
        chooseInSelect("Residual risk", "Low");
        assertThat(fitsWidth()).isTrue();
        screenshot("pupil-risk-editor-768x1024");
        button("Save draft").click();
        assertThat(section.getByText("Draft · version 1")).isVisible();
        assertThat(section.getByText("<b>Nut</b> allergy; carries an adrenaline pen")).isVisible();

        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve…")).click();
        button("Approve").click();
        assertThat(section.locator(".pupil-risk-state")).hasText("OK");
        assertThat(section.getByText("Approved by A1 SLT", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        screenshot("pupil-risk-approved-768x1024");
        assertThat(fitsWidth()).isTrue();

        button("Start placement…").click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Reason")).fill("Agreed at the panel");
        button("Save").click();
        assertThat(page.getByText("Active", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertThat(section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm unchanged…")))
                .isVisible();
        screenshot("pupil-risk-active-768x1024");

        open(390, 844);
        page.navigate(url("/placements/" + id));
        signIn("a1.slt");
        assertThat(page.locator(".pupil-risk-panel .pupil-risk-state")).hasText("OK");
        page.locator(".pupil-risk-panel").scrollIntoViewIfNeeded();
        assertThat(fitsWidth()).isTrue();
        screenshot("pupil-risk-390x844");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private void chooseInSelect(String label, String option) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText(label)).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }
}
