package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.attendance.Mark;
import uk.apassure.base.pdf.PdfText;
import uk.apassure.base.time.InTermClock;
import uk.apassure.calendar.Session;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.placement.PlacementService;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.security.SubjectRunner;

/**
 * Issue 10, reviews at 768×1024 on Tue 24 Nov 2026 (InTermClock): SLT opens an active placement,
 * starts (holds) its review, finds the attendance filled in from the marks with its source, judges
 * the outcomes, records the decision and the next review date, signs it off and downloads the
 * parents' summary PDF, which names the pupil, the decision and the attendance.
 */
@Import(InTermClock.class)
class ReviewE2ETest extends BrowserTest {

    @Autowired
    PlacementFixtures placementFixtures;
    @Autowired
    ReviewFixtures reviewFixtures;
    @Autowired
    PlacementService placements;
    @Autowired
    AttendanceService attendance;
    @Autowired
    SubjectRunner subjects;
    @Autowired
    uk.apassure.pupilrisk.PupilRiskFixtures pupilRisks;

    @Test
    void slt_holds_a_review_signs_it_off_and_downloads_the_summary() throws IOException {
        placementFixtures.termDates(world.schoolA1);
        long provider = reviewFixtures.provider("Review journey farm " + UUID.randomUUID().toString().substring(0, 6));
        long placement = placementFixtures.active("a1.aplead", LocalDate.of(2026, 11, 2),
                Map.of(provider, List.of(DayOfWeek.TUESDAY)));
        String pupil = subjects.callAs("a1.dsl", () -> placements.week(placement)).pupilName();
        // sign-off asks for the pupil's risk assessment reviewed on or after the meeting (pupilrisk)
        pupilRisks.approved("a1.slt", placement, LocalDate.of(2026, 11, 24));
        // three Tuesdays marked present; today's two sessions not yet: 6 of 8
        for (LocalDate tuesday : List.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 17))) {
            for (Session session : Session.values()) {
                subjects.runAs("a1.aplead", () -> attendance.mark(placement, tuesday, session, Mark.PRESENT, null));
            }
        }

        page.navigate(url("/placements/" + placement));
        signIn("a1.slt");
        assertThat(page.locator("h2").first()).hasText(pupil);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start review")).click();
        assertThat(page).hasURL(Pattern.compile(".*/placements/" + placement + "/reviews/\\d+$"));
        assertThat(page.getByLabel("Attendance for the period (%)")).hasValue(Pattern.compile("^75(\\.0)?$"));
        assertThat(page.getByLabel("Where the figure comes from")).hasValue("From the attendance marks, Mon 2 Nov 2026"
                + " to Tue 24 Nov 2026: 6 of 8 sessions attended (2 not marked, counted as absent)");

        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Parents or carers")).check();
        Locator progress = page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions()
                .setName("Progress: Level 1 in animal care"));
        progress.getByText("On track", new Locator.GetByTextOptions().setExact(true)).click();
        page.getByLabel("Behaviour").first().fill("Settled and punctual");
        page.getByText("Continue as agreed", new Page.GetByTextOptions().setExact(true)).click();
        Locator next = page.getByLabel("Next review", new Page.GetByLabelOptions().setExact(true));
        next.fill("12/01/2027");
        next.press("Tab");
        screenshot("review-draft-768x1024");
        assertThat(fitsWidth()).isTrue();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign off review")).click();
        assertThat(page.getByText("Signed off by A1 SLT").first()).isVisible();
        assertThat(page.locator(".review-status")).hasText("Signed off");
        screenshot("review-signed-768x1024");
        assertThat(fitsWidth()).isTrue();

        Download download = page.waitForDownload(() -> page.getByText("Summary PDF for parents").click());
        String summary = PdfText.of(Files.readAllBytes(download.path()));
        assertThat(summary).contains(pupil, "Continue as agreed", "75", "Level 1 in animal care", "On track");
    }
}
