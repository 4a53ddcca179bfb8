package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.base.time.UkDates;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.TermDates;
import uk.apassure.calendar.YearPlan;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/**
 * A senior leader proposes a placement at two providers on a tablet and starts it; a governor and
 * another school's DSL then see no trace of the pupil on {@code /placements}.
 */
class PlacementE2ETest extends BrowserTest {

    @Autowired
    AuditFixtures audits;

    @Autowired
    ProviderService providers;

    @Autowired
    CalendarService calendars;

    @Autowired
    SubjectRunner subjects;

    @Autowired
    uk.apassure.placement.NoticeFixtures notices;

    @Autowired
    uk.apassure.pupilrisk.PupilRiskFixtures risks;

    @Test
    void slt_creates_a_placement_at_two_providers_and_starts_it_and_no_one_else_sees_the_pupil() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String farm = checkedProvider("Journey farm " + suffix);
        String forge = checkedProvider("Journey forge " + suffix);
        schoolYear();
        String upn = uk.apassure.placement.Upn.withCheckLetter("8012000" + (10000 + (int) (Math.random() * 89999)));
        String start = UkDates.typed(LocalDate.of(2027, 1, 11));

        page.navigate(url("/placements/new"));
        signIn("a1.slt");
        assertThat(page).hasURL(Pattern.compile(".*/placements/new$"));
        page.getByLabel("First name").fill("Łukasz");
        page.getByLabel("Last name").fill("Nowak-Journey");
        page.getByLabel("UPN").fill(upn);
        date("Date of birth", "14/03/2012");
        chooseInSelect("Year group", "Year 9");
        chooseInSelect("Type", "Curriculum / vocational");
        date("Starts", start);
        page.getByLabel("Aims").fill("Re-engage through practical work");
        page.getByLabel("Planned outcomes").fill("Attendance above 90%\nLevel 1 in animal care");

        provider(0, farm);
        session(0, 0);
        session(0, 1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add another provider")).click();
        provider(1, forge);
        session(1, 2);
        page.getByLabel("Reasons for the placement").fill("Practical learning two days a week, agreed with the family");
        page.getByLabel("School contact for parents").fill("Ms Example, AP lead, 01632 960999");
        page.getByLabel("Parents call about an absence").fill("the attendance line, 01632 960998");
        page.getByLabel("Travel arrangements").fill("School minibus from the gate at 08:50");
        page.getByLabel("Dress, equipment and lunch").fill("Old clothes and boots; a packed lunch");
        screenshot("placement-new-768x1024");
        assertThat(fitsWidth()).isTrue();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose placement")).click();

        assertThat(page).hasURL(Pattern.compile(".*/placements/\\d+$"));
        assertThat(page.locator("h2")).hasText("Łukasz Nowak-Journey");
        assertThat(page.getByText(farm).first()).isVisible();
        assertThat(page.getByText(forge).first()).isVisible();
        assertThat(page.getByText("Proposed", new Page.GetByTextOptions().setExact(true))).isVisible();

        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.getByText("Parental notice (PDF)")
                .click());
        String letter = pdfText(download.path());
        assertThat(letter).contains("Łukasz Nowak-Journey", farm, forge, "Journey Manager", "School minibus");

        // the pupil's risk assessment is required before the start: PupilRiskE2ETest writes one in the browser
        risks.approved("a1.slt", Long.parseLong(page.url().replaceAll(".*/placements/(\\d+)$", "$1")));
        page.reload();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start placement…")).click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Reason")).fill("Agreed at the inclusion panel");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Active", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        screenshot("placement-active-768x1024");
        assertThat(fitsWidth()).isTrue();

        for (String other : new String[] {"a1.governor", "a2.dsl"}) {
            open(768, 1024);
            page.navigate(url("/placements"));
            signIn(other);
            assertThat(page).hasURL(Pattern.compile(".*/placements$"));
            // the grid (another school's DSL) or the count tiles (a governor), with its rows loaded
            page.locator("vaadin-grid, .tiles").first().waitFor();
            page.waitForFunction("() => { const g = document.querySelector('vaadin-grid');"
                    + " return g === null || !g.hasAttribute('loading'); }");
            String text = page.locator("body").innerText();
            assertThat(text).as(other).doesNotContain("Nowak-Journey").doesNotContain("Łukasz").doesNotContain(upn);
            screenshot("placements-as-" + other.replace('.', '-') + "-768x1024");
        }
    }

    private static String pdfText(java.nio.file.Path pdf) {
        try (org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf.toString())) {
            org.openpdf.text.pdf.parser.PdfTextExtractor extractor =
                    new org.openpdf.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
            return text.toString().replace('\n', ' ');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An approved provider with a signed-off audit and a contact the pupils report to (the letter names them). */
    private String checkedProvider(String name) {
        long id = notices.provider(name, "Testford", "AB1 2CD", "Journey Manager");
        audits.decided(id);
        return subjects.callAs("a1.aplead", () -> providers.choice(id)).name();
    }

    /** School A1's 2026-27 calendar, for the parental-notice rule. */
    private void schoolYear() {
        subjects.runAs("a.admin", () -> {
            YearPlan plan = TermDates.plan2026();
            long version = calendars.plans(world.schoolA1).stream().filter(p -> p.year().equals(plan.year()))
                    .map(YearPlan::version).findFirst().orElse(0L);
            calendars.save(world.schoolA1, new YearPlan(plan.year(), plan.halfTerms(), plan.closures(), version));
        });
    }

    private void date(String label, String typed) {
        Locator field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(typed);
        field.press("Tab");
    }

    private void chooseInSelect(String label, String option) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText(label)).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private void provider(int editor, String name) {
        Locator picker = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Provider")).nth(editor);
        picker.fill(name);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name)).click();
    }

    /** Ticks one session of one provider's week: 0 = Monday morning, 1 = Monday afternoon, … */
    private void session(int editor, int row) {
        page.locator(".timetable-grid").nth(editor).locator("vaadin-checkbox").nth(row).click();
    }
}
