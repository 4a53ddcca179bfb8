package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A mistyped link, a record that is not there and a page the user's roles may not open: the same
 * friendly page inside the app layout at tablet size, never Vaadin's route list or a stack trace.
 */
class NotFoundE2ETest extends BrowserTest {

    private static final String HEADING = "Not found, or not yours to see";

    @Test
    void unknown_missing_and_forbidden_addresses_show_one_friendly_page_in_the_app_layout() {
        page.navigate(url("/nope"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        signIn("a1.visitor");

        // back to the address asked for, which does not exist
        assertThat(page).hasURL(Pattern.compile(".*/nope$"));
        assertFriendlyPage();
        assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Providers")))
                .hasCount(1);
        assertThat(page.locator(".header-user")).hasText("A1 Visitor");
        assertThat(fitsWidth()).as("no horizontal scrolling at 768x1024").isTrue();
        screenshot("not-found-768x1024");

        for (String address : new String[] {"/admin/schools", "/providers/999999", "/audits/abc"}) {
            page.navigate(url(address));
            assertFriendlyPage();
        }
        screenshot("not-yours-to-see-768x1024");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the dashboard")).click();
        assertThat(page).hasURL(Pattern.compile(".*:" + port + "/?$"));
        assertThat(page.locator(".page-title")).hasText("Dashboard");
    }

    private void assertFriendlyPage() {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(HEADING))).isVisible();
        assertThat(page.locator(".page-title")).hasText("Not found");
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("Could not navigate", "Available routes", "Exception", "Stack");
    }
}
