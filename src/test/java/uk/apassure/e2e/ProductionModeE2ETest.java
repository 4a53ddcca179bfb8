package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The build runs the application in Vaadin's production mode (pre-compiled production bundle): no
 * development tools, no Copilot, in the page source or the page.
 */
class ProductionModeE2ETest extends BrowserTest {

    @Test
    void pages_carry_no_development_tools() {
        String loginSource = page.navigate(url("/login")).text();
        assertNoDevelopmentTools(loginSource);

        page.navigate(url("/providers"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        signIn("a1.aplead");
        assertThat(page).hasURL(Pattern.compile(".*/providers$"));
        String providersSource = page.navigate(url("/providers")).text();
        assertNoDevelopmentTools(providersSource);
        assertNoDevelopmentTools(page.content());

        assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
        assertThat(page.evaluate("() => window.Vaadin.developmentMode === true")).isEqualTo(false);
    }

    private static void assertNoDevelopmentTools(String html) {
        assertThat(html).contains("<html").doesNotContain("developmentMode", "devTools", "vaadin-dev-tools", "copilot");
    }
}
