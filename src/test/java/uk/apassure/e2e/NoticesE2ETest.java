package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.VisitDraft;
import uk.apassure.visit.VisitFixtures;
import uk.apassure.visit.VisitService;

/** A message never covers the field being edited, wherever that field is on a phone's screen. */
class NoticesE2ETest extends BrowserTest {

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    VisitService visits;

    @Autowired
    SubjectRunner subjects;

    @ParameterizedTest(name = "field at the {0}")
    @CsvSource({"start", "center", "end"})
    void a_problem_while_typing_is_shown_away_from_the_field(String where) {
        long visit = fixtures.draftVisit("a1.visitor", fixtures.approvedProvider("Notice farm"));
        open(390, 844);
        page.navigate(url("/visits/" + visit));
        signIn("a1.visitor");
        assertThat(page).hasURL(Pattern.compile(".*/visits/" + visit + "$"));
        // someone saves the draft elsewhere, so the next autosave here is refused with a message
        subjects.runAs("a1.visitor", () -> {
            VisitDraft other = visits.get(visit).draft();
            other.setNotes("Saved on the tablet");
            visits.saveDraft(visit, other);
        });

        Locator field = page.getByLabel("Pupil work reviewed");
        field.evaluate("(field, where) => field.scrollIntoView({block: where})", where);
        field.click();
        field.pressSequentially("Typed on the phone");
        assertThat(page.locator("vaadin-notification-card").first()).isVisible();
        page.waitForFunction("""
                () => {
                  const field = document.activeElement.closest('vaadin-text-area');
                  if (field === null) {
                    return false;
                  }
                  const f = field.getBoundingClientRect();
                  const cards = Array.from(document.querySelectorAll('vaadin-notification-card'));
                  return cards.length > 0 && cards.every(card => {
                    const c = card.getBoundingClientRect();
                    if (card.hasAttribute('opening')) {
                      return false;
                    }
                    return c.height > 0 && (c.bottom <= f.top || c.top >= f.bottom || c.right <= f.left || c.left >= f.right);
                  });
                }""", null, new Page.WaitForFunctionOptions().setTimeout(5000));
        screenshot("notice-over-field-" + where + "-390x844");
    }
}
