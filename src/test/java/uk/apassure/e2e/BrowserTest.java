package uk.apassure.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.TestWorld;

/**
 * End-to-end tests in Debian's Chromium (no browser download: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD,
 * CHROMIUM_PATH or /usr/bin/chromium) against the whole application on a random port.
 * Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestWorld world;

    BrowserContext context;
    Page page;
    /** Errors the browser logged for the Content-Security-Policy (SecurityHeaders): none allowed. */
    final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchChromium() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        // a shared 2-core machine can take seconds to sign in (Argon2id) or to round-trip under load
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(chromium))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openTablet() {
        world.ensure();
        open(768, 1024);
    }

    @AfterEach
    void closeContext() {
        context.close();
        org.assertj.core.api.Assertions.assertThat(cspViolations).as("CSP violations").isEmpty();
    }

    void open(int width, int height) {
        if (context != null) {
            context.close();
        }
        context = newContext(width, height);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
    }

    /** Another browser of its own (cookies, session), e.g. a second person watching; the caller closes it. */
    static BrowserContext newContext(int width, int height) {
        BrowserContext another = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("en-GB").setTimezoneId("Europe/London"));
        another.setDefaultTimeout(30_000);
        return another;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String username) {
        signIn(page, username);
    }

    static void signIn(Page on, String username) {
        on.getByLabel("Username").fill(username);
        on.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(TestWorld.PASSWORD);
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** No horizontal scrolling at this size: the page is no wider than the window. */
    boolean fitsWidth() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
