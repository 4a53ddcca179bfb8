package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An administrator adds a colleague at tablet size; the colleague signs in with the one-time
 * password, must choose their own, and is then signed out the moment the administrator disables
 * them. The security log shows it all; nobody but administrators opens these pages.
 */
class AccountsE2ETest extends BrowserTest {

    private static final String CHOSEN = "Kq7#vBn2!pWz-harbour";

    @Test
    void an_admin_adds_an_account_whose_owner_chooses_a_password_and_is_signed_out_when_disabled() {
        String username = "e2e" + UUID.randomUUID().toString().substring(0, 6);
        page.navigate(url("/admin/users"));
        signIn("a.admin");
        assertThat(page.locator(".page-title")).hasText("Accounts");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New account")).click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username")).fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Name").setExact(true))
                .fill("Robin Fairweather");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("School")).fill("School A1");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("School A1")).click();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("SENCO")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        Locator oneTime = page.locator(".one-time-value");
        assertThat(oneTime).hasText(Pattern.compile("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}"));
        String password = oneTime.innerText();
        assertThat(fitsWidth()).as("no horizontal scrolling at 768x1024").isTrue();
        screenshot("accounts-one-time-password-768x1024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();
        assertThat(page.locator(".accounts-grid")).containsText("Robin Fairweather");

        // the colleague, on a tablet of their own: every page leads to choosing a password first
        BrowserContext theirs = newContext(768, 1024);
        Page them = theirs.newPage();
        them.navigate(url("/placements"));
        them.getByLabel("Username").fill(username);
        them.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(password);
        them.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(them).hasURL(Pattern.compile(".*/account$"));
        assertThat(them.getByText("You signed in with a one-time password").first()).isVisible();
        them.navigate(url("/providers"));
        assertThat(them).hasURL(Pattern.compile(".*/account$"));
        them.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Current password")).fill(password);
        newPassword(them).fill("short");
        them.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("New password again")).fill("short");
        them.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(them.getByText("Use at least 12 characters").first()).isVisible();
        newPassword(them).fill(CHOSEN);
        them.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("New password again")).fill(CHOSEN);
        them.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(them.getByText("Your password has been changed.").first()).isVisible();
        them.navigate(url("/providers"));
        assertThat(them.locator(".page-title")).hasText("Providers");

        // the administrator disables them: their next step finds them signed out
        page.locator(".accounts-grid").getByText("Robin Fairweather").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable account")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable").setExact(true)).click();
        assertThat(page.locator(".accounts-grid")).containsText("Disabled");
        them.navigate(url("/providers"));
        assertThat(them).hasURL(Pattern.compile(".*/login$"));
        them.getByLabel("Username").fill(username);
        them.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(CHOSEN);
        them.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(them.getByText("Incorrect username or password").first()).isVisible();
        theirs.close();

        page.navigate(url("/admin/security-log"));
        assertThat(page.locator(".page-title")).hasText("Security log");
        Locator log = page.locator(".security-log-grid");
        assertThat(log).containsText("Account disabled");
        assertThat(log).containsText("Changed own password");
        assertThat(log).containsText("Account created");
        screenshot("security-log-768x1024");
    }

    private static Locator newPassword(Page on) {
        return on.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("New password").setExact(true));
    }

    @Test
    void only_administrators_open_the_account_and_log_pages() {
        page.navigate(url("/admin/users"));
        signIn("a.trustlead");
        for (String address : new String[] {"/admin/users", "/admin/security-log"}) {
            page.navigate(url(address));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Not found, or not yours to see"))).isVisible();
        }
        page.navigate(url("/account"));
        assertThat(page.locator(".page-title")).hasText("My account");
    }
}
