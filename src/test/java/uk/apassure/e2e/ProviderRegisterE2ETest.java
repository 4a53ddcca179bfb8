package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/** A school's AP lead on a tablet: signs in, finds a provider in the register and opens it. */
class ProviderRegisterE2ETest extends BrowserTest {

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    @Test
    void signs_in_at_tablet_size_and_filters_the_provider_grid() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        subjects.runAs("a1.aplead", () -> {
            for (String name : new String[] {"Willow Bank Farm", "Hilltop Motors", "Forge Workshop"}) {
                providers.create(ProviderFixtures.farm(name + " " + marker), ProviderFixtures.site("Alpha", "AB1 2CD"));
            }
        });

        page.navigate(url("/providers"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        screenshot("login-768x1024");
        signIn("a1.aplead");

        // back to the page asked for
        assertThat(page).hasURL(Pattern.compile(".*/providers$"));
        Locator cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Hilltop Motors " + marker))).hasCount(1);
        assertThat(page.locator(".header-user")).hasText("A1 AP Lead");
        assertThat(fitsWidth()).as("no horizontal scrolling at 768x1024").isTrue();
        screenshot("providers-768x1024");

        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search by name")).fill("Willow Bank Farm " + marker);
        // the grid now holds exactly one row, the one searched for
        page.waitForFunction("() => document.querySelector('vaadin-grid.provider-grid').size === 1");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Willow Bank Farm " + marker))
                .filter(new Locator.FilterOptions().setVisible(true))).hasCount(1);
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Hilltop Motors " + marker))
                .filter(new Locator.FilterOptions().setVisible(true))).hasCount(0);
        screenshot("providers-filtered-768x1024");

        cells.filter(new Locator.FilterOptions().setHasText("Willow Bank Farm " + marker))
                .filter(new Locator.FilterOptions().setVisible(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/providers/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Willow Bank Farm " + marker))).isVisible();
        assertThat(page.getByText("Main site: Main site")).isVisible();
        assertThat(fitsWidth()).isTrue();
        screenshot("provider-768x1024");
    }

    @Test
    void every_response_carries_the_hardening_headers() {
        var response = page.navigate(url("/login"));
        assertThat(response.headers()).containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", "DENY");
    }

    @Test
    void a_wrong_password_gives_a_generic_error_and_sign_out_ends_the_session() {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill("a1.dsl");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill("not-it");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByText("Incorrect username or password")).isVisible();

        signIn("a1.dsl");
        assertThat(page.locator(".header-user")).hasText("A1 DSL");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.navigate(url("/providers"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void the_register_is_usable_on_a_phone_and_a_laptop() {
        subjects.runAs("a1.slt", () -> providers.create(ProviderFixtures.farm("Phone check farm"),
                ProviderFixtures.site("Alpha", "AB1 2CD")));
        open(390, 844);
        page.navigate(url("/providers"));
        signIn("a1.slt");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Phone check farm"))).hasCount(1);
        assertThat(fitsWidth()).as("no horizontal scrolling at 390x844").isTrue();
        screenshot("providers-390x844");

        open(1366, 768);
        page.navigate(url("/providers"));
        signIn("a1.slt");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Phone check farm"))).hasCount(1);
        assertThat(page.locator(".header-user")).hasText("A1 SLT");
        assertThat(fitsWidth()).as("no horizontal scrolling at 1366x768").isTrue();
        screenshot("providers-1366x768");
    }
}
