package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.bastiaanjansen.otp.TOTPGenerator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.organisation.AccountService;
import uk.apassure.organisation.UserAdminService;
import uk.apassure.security.Role;
import uk.apassure.security.SecondFactor;
import uk.apassure.security.SubjectRunner;

/**
 * A headteacher, whose role requires two-step sign-in, is sent to set it up at tablet size: scans
 * (here: reads) the key, confirms with a code, keeps the recovery codes; the next sign-in asks for
 * a code and refuses a wrong one.
 */
class TwoStepE2ETest extends BrowserTest {

    private static final String CHOSEN = "Kq7#vBn2!pWz-harbour";

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    UserAdminService admin;

    @Autowired
    AccountService accounts;

    @Autowired
    SubjectRunner subjects;

    @AfterEach
    void optionalAgain() {
        secondFactor.requireFor(Set.of());
    }

    @Test
    void a_headteacher_sets_up_two_step_sign_in_and_then_needs_a_code() {
        String username = "h" + UUID.randomUUID().toString().substring(0, 8);
        UserAdminService.OneTimePassword created = subjects.callAs("a.admin", () -> admin.create(
                new UserAdminService.NewAccount(username, "Two Step Head", null, world.schoolA1, Set.of(Role.HEADTEACHER))));
        secondFactor.requireFor(Set.of(Role.HEADTEACHER));

        page.navigate(url("/placements"));
        signIn(username, created.password());
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        password("Current password").fill(created.password());
        password("New password").fill(CHOSEN);
        password("New password again").fill(CHOSEN);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.getByText("Your password has been changed.").first()).isVisible();

        // the role requires it: still no other page until it is set up
        page.navigate(url("/providers"));
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        assertThat(page.getByText("Your role requires two-step sign-in").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up two-step sign-in")).click();
        assertThat(page.locator(".two-step-qr")).isVisible();
        String secret = page.locator(".two-step-key").innerText().replace(" ", "");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Code the app shows"))
                .fill(code(secret, Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on")).click();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        assertThat(fitsWidth()).as("no horizontal scrolling at 768x1024").isTrue();
        screenshot("two-step-recovery-codes-768x1024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have kept them")).click();
        page.navigate(url("/providers"));
        assertThat(page.locator(".page-title")).hasText("Providers");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        signIn(username, CHOSEN);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Two-step sign-in"))).isVisible();
        page.navigate(url("/providers"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Code")).fill("000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")).click();
        assertThat(page.getByText("That code is not right").first()).isVisible();
        screenshot("two-step-code-768x1024");
        // a later step than the one used to enrol: a code is never accepted twice
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Code"))
                .fill(code(secret, Instant.now().plus(Duration.ofSeconds(30))));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")).click();
        assertThat(page).hasURL(Pattern.compile(".*/providers$"));
        assertThat(page.locator(".page-title")).hasText("Providers");
    }

    private com.microsoft.playwright.Locator password(String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private void signIn(String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    private static String code(String secret, Instant at) {
        return new TOTPGenerator.Builder(secret.getBytes(StandardCharsets.US_ASCII)).withPeriod(Duration.ofSeconds(30))
                .build().at(at);
    }
}
