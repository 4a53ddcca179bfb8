package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import uk.apassure.compare.CompareData;

/**
 * The trust lead compares providers on the hand-made trust of {@link CompareData} (last 12 months to
 * today): sorts by attendance, opens a provider's drill-down by school and downloads the grid as CSV,
 * at laptop and tablet sizes. A governor of one of its schools sees aggregates and never a pupil.
 */
class CompareE2ETest extends BrowserTest {

    @Autowired
    CompareData data;

    @ParameterizedTest
    @CsvSource({"1366, 768", "768, 1024"})
    void the_trust_lead_sorts_by_attendance_opens_a_drill_down_and_downloads_the_csv(int width, int height)
            throws Exception {
        data.ensure();
        open(width, height);
        page.navigate(url("/compare"));
        signIn("c.trustlead");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Compare providers")))
                .isVisible();
        Locator grid = page.locator("vaadin-grid.compare-grid");
        assertThat(grid).containsText("Meadow Farm");
        if (width >= 1366) {
            // the default columns fit a laptop screen ("Renewals overdue" was cut off): the last one is in view
            screenshot("compare-columns-" + width + "x" + height);
            Locator last = page.locator("vaadin-grid.compare-grid vaadin-grid-sorter", new Page.LocatorOptions()
                    .setHasText("Reviews on time %"));
            assertThat(last).isInViewport();
            assertThat(last.boundingBox().x + last.boundingBox().width)
                    .as("the last default column ends inside the grid at %dx%d", width, height)
                    .isLessThanOrEqualTo(grid.boundingBox().x + grid.boundingBox().width);
        }
        // the chart's table follows the grid's order: sorted by attendance, highest first after two clicks
        Locator sorter = page.locator("vaadin-grid.compare-grid vaadin-grid-sorter", new Page.LocatorOptions()
                .setHasText("Attendance %"));
        Locator firstBar = page.locator(".compare-attendance-chart table.chart-table tbody tr").first();
        // one click at a time, each waited for: lowest first (no marks at all first), then highest first
        // a click event on the sorter itself: its header can sit half outside the grid's scrolled view
        sorter.dispatchEvent("click");
        waitForDirection("asc");
        assertThat(firstBar).containsText("Riverside College");
        sorter.dispatchEvent("click");
        waitForDirection("desc");
        assertThat(firstBar).containsText("Forge Workshop");
        assertThat(firstBar).containsText("100.0");
        assertThat(page.locator(".compare-attendance-chart table.chart-table tbody tr").nth(1))
                .containsText("Meadow Farm");
        page.waitForFunction("() => document.querySelector('.compare-attendance-chart .echart svg') !== null");
        screenshot("compare-" + width + "x" + height);

        grid.getByText("Meadow Farm").click();
        Locator drillDown = page.locator(".compare-drill-down");
        assertThat(drillDown.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                .setName("Meadow Farm by school"))).isVisible();
        assertThat(drillDown.locator("vaadin-grid")).containsText("North Academy");
        assertThat(drillDown.locator("vaadin-grid")).containsText("South Academy");
        assertThat(drillDown.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Placements")).first())
                .isVisible();
        assertThat(page.locator(".compare-side-table")).containsText("Meadow Farm");
        page.waitForFunction("() => document.querySelector('.compare-trend .echart svg') !== null");
        screenshot("compare-drill-down-" + width + "x" + height);

        // the column chooser shows a column left out by default
        Locator triggerHeader = page.locator("vaadin-grid.compare-grid vaadin-grid-sorter", new Page.LocatorOptions()
                .setHasText("Registration trigger"));
        assertThat(triggerHeader).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Columns")).click();
        page.locator("vaadin-context-menu-item", new Page.LocatorOptions().setHasText("Registration trigger")).click();
        assertThat(triggerHeader).isVisible();
        page.keyboard().press("Escape");

        Download download = page.waitForDownload(() -> page.getByText("Download CSV").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Provider,Type,Schools using,Placements in period");
        assertThat(csv).contains("Meadow Farm,Unregistered provider,2,");
        assertThat(csv).contains("Riverside College");
        assertThat(fitsWidth()).as("no horizontal scrolling at %dx%d", width, height).isTrue();
    }

    private void waitForDirection(String direction) {
        page.waitForFunction("d => [...document.querySelectorAll('vaadin-grid.compare-grid vaadin-grid-sorter')]"
                + ".some(s => s.textContent.includes('Attendance %') && s.direction === d)", direction);
    }

    @Test
    void a_governor_sees_measures_by_school_and_type_and_no_pupil() {
        data.ensure();
        open(1366, 768);
        page.navigate(url("/compare"));
        signIn("c1.governor");
        Locator grid = page.locator("vaadin-grid.compare-governor-grid");
        assertThat(grid).containsText("North Academy");
        assertThat(grid).containsText("Unregistered provider");
        String html = page.content();
        assertThat(html).doesNotContain("Meadow Farm", "Pupil", "Compare1", "Concern text", "C000000000");
        screenshot("compare-governor");
    }
}
