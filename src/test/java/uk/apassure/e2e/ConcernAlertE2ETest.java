package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.VisitFixtures;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitService;

/**
 * A safeguarding concern reaches the DSLs, and the screen tells the truth (issue 8): the visitor sees
 * each DSL's e-mail fail when the mail server is down and is told to phone; a DSL sees an in-app
 * alert in the page they already have open; a concern raised with no signal is raised when the
 * signal returns.
 */
class ConcernAlertE2ETest extends BrowserTest {

    /** The SMTP port of application-test.properties; nothing listens there unless a test starts GreenMail. */
    static final ServerSetup SMTP = new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    VisitService visits;

    @Autowired
    ConcernService concerns;

    @Autowired
    SubjectRunner subjects;

    BrowserContext dslContext;
    GreenMail smtp;

    @AfterEach
    void closeDslAndMail() {
        if (dslContext != null) {
            dslContext.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void with_the_mail_server_down_each_dsl_shows_failed_and_the_visitor_is_told_to_phone() {
        long visitId = openDraftAsVisitor("Hillside Forge");
        page.getByText("Raise a safeguarding concern").click();
        page.getByLabel("What is the concern?").fill("A pupil was using the angle grinder with no supervision");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise concern")).click();

        assertThat(page.getByText("Open safeguarding concern")).isVisible();
        // the sender's failure arrives by push: no reload
        Locator lines = page.locator(".alert-line");
        assertThat(lines).hasCount(2);
        assertThat(lines.nth(0)).containsText(Pattern.compile("A1 DSL: failed: the mail server could not be reached"));
        assertThat(lines.nth(1)).containsText(
                Pattern.compile("A1 Second DSL: failed: the mail server could not be reached"));
        assertThat(page.locator(".phone-dsl")).containsText("Phone the DSL now");
        assertThat(page.locator(".concern-panel")).not().containsText("alerted");
        assertThat(page.locator(".concern-panel")).not().containsText(Pattern.compile("\\bsent\\b"));
        assertThat(fitsWidth()).isTrue();
        screenshot("concern-smtp-down-768x1024");

        VisitPage.Concern concern = subjects.callAs("a1.visitor", () -> visits.get(visitId)).concern();
        assertThat(concern.alerts()).extracting(VisitPage.Alert::state)
                .containsOnly(uk.apassure.visit.AlertState.FAILED);
    }

    @Test
    void a_dsl_sees_an_in_app_alert_in_the_page_they_have_open_without_reloading() {
        Page dsl = openDslSession();
        dsl.evaluate("() => window.__openedOnce = true");
        long provider = fixtures.approvedProvider("Millbrook Farm");
        long visitId = fixtures.draftVisit("a1.visitor", provider);
        subjects.runAs("a1.visitor", () -> concerns.raise(visitId, "A pupil said they were locked in the barn"));
        String providerName = subjects.callAs("a1.visitor", () -> visits.get(visitId)).providerName();

        Locator alert = dsl.locator("vaadin-notification-card.in-app-alert");
        assertThat(alert).isVisible();
        assertThat(alert).containsText("Safeguarding concern raised");
        assertThat(alert).containsText(providerName);
        assertThat(alert).not().containsText("locked in the barn");
        assertThat(dsl.evaluate("() => window.__openedOnce === true")).isEqualTo(true);
        dsl.waitForFunction("() => !document.querySelector('vaadin-notification-card.in-app-alert')"
                + ".hasAttribute('opening')");
        dsl.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("concern-in-app-alert-768x1024.png")));

        alert.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open it")).click();
        assertThat(dsl).hasURL(Pattern.compile(".*/visits/" + visitId + "$"));
        assertThat(dsl.getByText("A pupil said they were locked in the barn")).isVisible();
        assertThat(dsl.evaluate("() => window.__openedOnce === true")).as("opened inside the page, no reload")
                .isEqualTo(true);
    }

    @Test
    void a_concern_raised_while_offline_reaches_the_dsls_when_the_connection_returns() throws Exception {
        smtp = new GreenMail(SMTP);
        smtp.start();
        Page dsl = openDslSession();
        long visitId = openDraftAsVisitor("Quarry Lane Workshop");
        page.waitForFunction("() => window.apVisitConcern !== undefined");

        context.setOffline(true);
        page.getByText("Raise a safeguarding concern").click();
        page.getByLabel("What is the concern?").fill("Pupil has a bruise and would not say how");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise concern")).click();
        assertThat(page.locator(".concern-offline")).isVisible();
        assertThat(page.locator(".concern-offline")).hasText("You are offline: the concern is kept on this tablet and"
                + " will be sent when the connection returns. If a child is at risk now, phone the DSL.");
        page.waitForFunction("() => (window.apVisitConcern.kept('" + visitId + "') || {}).raise === true");
        assertThat(fitsWidth()).isTrue();
        screenshot("concern-offline-768x1024");
        assertThat(subjects.callAs("a1.visitor", () -> visits.get(visitId)).concern()).isNull();

        context.setOffline(false);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> subjects.callAs("a1.dsl", () -> visits.get(visitId)).concern() != null);
        VisitPage.Concern raised = subjects.callAs("a1.dsl", () -> visits.get(visitId)).concern();
        assertThat(raised.description()).isEqualTo("Pupil has a bruise and would not say how");
        assertThat(raised.raisedBy()).isEqualTo("A1 Visitor");

        // it reached the DSLs: in the page a DSL has open, and by e-mail; the visitor's page says so
        assertThat(dsl.locator("vaadin-notification-card.in-app-alert")).containsText("Safeguarding concern raised");
        assertThat(smtp.waitForIncomingEmail(20_000, 2)).isTrue();
        Locator lines = page.locator(".alert-line");
        assertThat(lines).hasCount(2);
        assertThat(lines.nth(0)).containsText("A1 DSL: sent");
        assertThat(lines.nth(1)).containsText("A1 Second DSL: sent");
        assertThat(page.locator(".alert-summary")).containsText("Every DSL of the school has been e-mailed");
        page.waitForFunction("() => window.apVisitConcern.kept('" + visitId + "') === null");
        screenshot("concern-offline-sent-768x1024");
    }

    private long openDraftAsVisitor(String providerName) {
        long provider = fixtures.approvedProvider(providerName);
        long visitId = fixtures.draftVisit("a1.visitor", provider);
        page.navigate(url("/visits/" + visitId));
        signIn("a1.visitor");
        assertThat(page).hasURL(Pattern.compile(".*/visits/" + visitId + "$"));
        return visitId;
    }

    /** A DSL of the visitor's school, signed in on the dashboard in a browser of their own. */
    private Page openDslSession() {
        dslContext = newContext(768, 1024);
        Page dsl = dslContext.newPage();
        dsl.navigate(url("/"));
        signIn(dsl, "a1.dsl");
        assertThat(dsl.locator(".header-user")).hasText("A1 DSL");
        return dsl;
    }
}
