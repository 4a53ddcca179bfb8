package uk.apassure.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.RouteClasses;

/**
 * Issue 12: a governor opens every route of the application, with the ids of real demo records
 * where a route takes one, and no page nor any answer the server sends to the browser (HTML and
 * every Vaadin UIDL response) holds a pupil's name, UPN or the text of a safeguarding concern of
 * the demo data. The same sweep as the SLT finds pupils' names, so the check can fail.
 */
@ActiveProfiles({"test", "demo"})
class GovernorSweepE2ETest extends BrowserTest {

    private static final String DEMO_PASSWORD = "apassure-demo";
    /** The table whose first id stands in for a route's {@code {id}}, by the route's first segment. */
    private static final Map<String, String> ID_TABLES = Map.of(
            "providers", "provider", "audits", "audit", "visits", "visit", "placements", "placement");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_governor_sees_no_pupil_identifier_or_concern_text_on_any_route() {
        List<String> secrets = pupilIdentifiersAndConcerns();
        assertThat(secrets).hasSizeGreaterThan(20);
        StringBuilder answers = new StringBuilder();
        page.onResponse(response -> collect(response, answers));

        page.navigate(url("/"));
        signInAs("governor");
        assertThat(page.locator(".page-title").innerText()).isEqualTo("Dashboard");

        Map<String, String> seen = new TreeMap<>();
        for (String route : routes()) {
            answers.setLength(0);
            page.navigate(url("/" + route));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            String all = page.content() + answers;
            for (String secret : secrets) {
                if (all.contains(secret)) {
                    seen.put(route, secret);
                }
            }
        }
        assertThat(seen).as("pupil identifiers or concern text shown to a governor, by route").isEmpty();
    }

    @Test
    void the_same_sweep_finds_pupils_names_for_the_slt_so_it_can_fail() {
        List<String> secrets = pupilIdentifiersAndConcerns();
        StringBuilder answers = new StringBuilder();
        page.onResponse(response -> collect(response, answers));
        page.navigate(url("/placements"));
        signInAs("slt");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("vaadin-grid").first().waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        String all = page.content() + answers;
        assertThat(secrets.stream().filter(all::contains).toList()).isNotEmpty();
    }

    /** Every pupil's "First Last", "Last, First" and UPN, and the start of every concern's text. */
    private List<String> pupilIdentifiersAndConcerns() {
        List<String> secrets = new ArrayList<>();
        jdbc.query("SELECT first_name, last_name, upn FROM pupil", rs -> {
            secrets.add(rs.getString(1) + " " + rs.getString(2));
            secrets.add(rs.getString(2) + ", " + rs.getString(1));
            secrets.add(rs.getString(3));
        });
        jdbc.query("SELECT description FROM safeguarding_concern", rs -> {
            String text = rs.getString(1);
            secrets.add(text.substring(0, Math.min(40, text.length())));
        });
        return secrets;
    }

    /** Every route of the application, with a real record's id where it takes one. */
    private List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (Class<?> view : RouteClasses.all()) {
            String template = view.getAnnotation(Route.class).value();
            if (template.equals("login")) {
                continue;
            }
            if (template.contains(":placementId")) {
                Map<String, Object> review = jdbc.queryForMap("SELECT id, placement_id FROM placement_review ORDER BY id LIMIT 1");
                template = template.replaceAll(":placementId\\([^)]*\\)", String.valueOf(review.get("placement_id")))
                        .replaceAll(":reviewId\\([^)]*\\)", String.valueOf(review.get("id")));
            }
            assertThat(template).as("a route parameter this sweep does not know: " + view.getName()).doesNotContain(":");
            if (HasUrlParameter.class.isAssignableFrom(view)) {
                String table = ID_TABLES.get(template);
                assertThat(table).as("which record's id to open " + view.getName() + " with").isNotNull();
                routes.add(template + "/" + jdbc.queryForObject("SELECT MIN(id) FROM " + table, Long.class));
            } else {
                routes.add(template);
            }
        }
        assertThat(routes).contains("placements", "compare", "renewals", "providers");
        return routes;
    }

    private static void collect(Response response, StringBuilder answers) {
        try {
            String type = response.headerValue("content-type");
            if (type != null && (type.contains("json") || type.contains("html") || type.contains("text"))) {
                String body = response.text();
                synchronized (answers) {
                    answers.append(body);
                }
            }
        } catch (RuntimeException notReadable) {
            // a redirect or an aborted request has no body to check
        }
    }

    private void signInAs(String username) {
        page.getByLabel("Username").fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.locator(".page-title").waitFor();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .not().hasURL(Pattern.compile(".*/login$"));
    }
}
