package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/** An AP lead on a tablet half-fills a provider dialog and tries to close it: nothing typed goes without a question. */
class ProviderDialogE2ETest extends BrowserTest {

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    @Test
    void closing_a_half_filled_contact_dialog_asks_first() {
        long id = subjects.callAs("a1.aplead", () -> providers.create(
                ProviderFixtures.farm("Esc farm " + UUID.randomUUID().toString().substring(0, 6)),
                ProviderFixtures.site("Alpha", "AB1 2CD")));
        page.navigate(url("/providers/" + id));
        signIn("a1.aplead");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add contact")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Jo Marsh");

        // Esc straight from the field, before the value has even left the browser
        page.keyboard().press("Escape");
        assertThat(page.getByText("Close without saving?")).isVisible();
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        screenshot("provider-dialog-close-guard-768x1024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay")).click();
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Jo Marsh");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
        assertThat(page.getByText("Close without saving?")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close without saving")).click();
        assertThat(page.getByText("Add a contact")).hasCount(0);
        assertThat(subjects.callAs("a1.aplead", () -> providers.get(id)).contacts()).isEmpty();

        // nothing typed: Cancel closes at once
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add contact")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
        assertThat(page.getByText("Add a contact")).hasCount(0);
        assertThat(page.getByText("Close without saving?")).hasCount(0);
    }
}
