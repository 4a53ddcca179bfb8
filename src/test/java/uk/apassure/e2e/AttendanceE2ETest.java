package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.TestWorld;
import uk.apassure.base.time.InTermClock;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.placement.PlacementService;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.security.Role;
import uk.apassure.security.SubjectRunner;

/**
 * At 11:00 on a Tuesday of term (a clock of its own): the attendance officer marks the morning of
 * three placements with one tap each, imports a provider's return with one bad row (refused with
 * its row number, nothing written), and the DSL's dashboard then lists the one morning still
 * not known.
 */
// Tue 24 Nov 2026, 11:00 in London (GMT): past the 10:00 morning cut-off, before the 14:00 afternoon one
@Import(InTermClock.class)
class AttendanceE2ETest extends BrowserTest {

    @Autowired
    PlacementFixtures placementFixtures;
    @Autowired
    ReviewFixtures reviewFixtures;
    @Autowired
    PlacementService placements;
    @Autowired
    SystemSetup setup;
    @Autowired
    SubjectRunner subjects;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_attendance_officer_marks_three_imports_a_return_with_a_bad_row_and_the_dsl_sees_the_one_unknown() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String officer = "a1.attendance." + suffix;
        setup.createSchoolUser(world.schoolA1, officer, "A1 Attendance", Set.of(Role.ATTENDANCE), TestWorld.PASSWORD);
        placementFixtures.termDates(world.schoolA1);
        long provider = reviewFixtures.provider("Register farm " + suffix);
        List<Long> ids = List.of(1, 2, 3, 4).stream().map(i -> placementFixtures.active("a1.aplead",
                LocalDate.of(2026, 11, 2), Map.of(provider, List.of(DayOfWeek.TUESDAY)))).toList();
        List<String> names = ids.stream().map(id -> subjects.callAs("a1.dsl", () -> placements.week(id)).pupilName())
                .toList();
        String fourthUpn = subjects.callAs("a1.dsl", () -> placements.week(ids.get(3))).upn();

        page.navigate(url("/placements/attendance"));
        signIn(officer);
        assertThat(page.getByText("Tue 24 Nov 2026").first()).isVisible();
        for (String name : names.subList(0, 3)) {
            Locator card = morning(name);
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Present").setExact(true)).click();
            assertThat(morning(name).locator(".attendance-state")).hasText("Present · A1 Attendance");
        }
        assertThat((Boolean) page.evaluate(
                "() => [...document.querySelectorAll('.attendance-mark')].every(b => b.getBoundingClientRect().height >= 44)"))
                .isTrue();
        assertThat(fitsWidth()).isTrue();
        screenshot("attendance-page-768x1024");
        // a phone: the same page of cards, one tap per mark, no sideways scrolling
        page.setViewportSize(390, 844);
        assertThat(morning(names.getFirst()).locator(".attendance-state")).hasText("Present · A1 Attendance");
        assertThat((Boolean) page.evaluate(
                "() => [...document.querySelectorAll('.attendance-mark')].every(b => b.getBoundingClientRect().height >= 44)"))
                .isTrue();
        assertThat(fitsWidth()).isTrue();
        screenshot("attendance-page-390x844");
        page.setViewportSize(768, 1024);

        String csv = "upn,date,session,mark\n" + fourthUpn + ",24/11/2026,AM,P\n" + fourthUpn + ",24/11/2026,AM,Z\n";
        page.locator(".attendance-import input[type=file]").setInputFiles(new FilePayload("return.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator(".attendance-import-errors")).containsText("Row 3: The mark is one of P, L, A, U, X.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import these marks")))
                .isHidden();
        screenshot("attendance-import-refused-768x1024");
        assertThat(jdbc.queryForObject("select count(*) from attendance_mark where placement_id = ?", Long.class,
                ids.get(3))).isZero();
        assertThat(morning(names.get(3)).locator(".attendance-state")).hasText("Not marked");

        BrowserTestSupport dsl = new BrowserTestSupport(newContext(768, 1024));
        try {
            dsl.page.navigate(url("/"));
            signIn(dsl.page, "a1.dsl");
            Locator tile = dsl.page.locator(".dashboard-view").getByText(names.get(3));
            assertThat(tile).hasCount(1);
            for (String marked : names.subList(0, 3)) {
                assertThat(dsl.page.locator(".dashboard-view").getByText(marked)).hasCount(0);
            }
            dsl.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                    "attendance-dsl-dashboard-768x1024.png")).setFullPage(true));
        } finally {
            dsl.context.close();
        }
    }

    private Locator morning(String pupil) {
        return page.locator(".attendance-card").filter(new Locator.FilterOptions().setHasText(pupil))
                .filter(new Locator.FilterOptions().setHasText("Morning"));
    }

    private record BrowserTestSupport(com.microsoft.playwright.BrowserContext context, Page page) {
        BrowserTestSupport(com.microsoft.playwright.BrowserContext context) {
            this(context, context.newPage());
        }
    }
}
