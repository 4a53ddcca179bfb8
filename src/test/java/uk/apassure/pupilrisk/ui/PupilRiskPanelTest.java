package uk.apassure.pupilrisk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.placement.ui.PlacementView;
import uk.apassure.pupilrisk.PupilRiskService;
import uk.apassure.pupilrisk.ResidualRating;
import uk.apassure.pupilrisk.RiskArea;
import uk.apassure.pupilrisk.RiskLine;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.security.SubjectRunner;

/**
 * The placement page's "Pupil risk assessment": each role sees only the actions it may take, and
 * typed text is shown as text.
 */
class PupilRiskPanelTest extends ViewTest {

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    PupilRiskService risks;

    @Autowired
    SubjectRunner subjects;

    @Test
    void each_role_sees_the_actions_it_may_take_and_typed_markup_stays_text() {
        long placement = fixtures.activeAtA2(fixtures.provider("Panel risk farm"), LocalDate.now().minusDays(5));
        String markup = "<img src=x onerror=alert(1)> runs off when upset";
        subjects.runAs("a2.aplead", () -> risks.saveDraft(placement, null, List.of(new RiskLine(
                RiskArea.BEHAVIOURAL, markup, "", "", ResidualRating.MEDIUM))));

        signInAs("a2.aplead");
        navigate(PlacementView.class, placement);
        assertThat($(Span.class).withClassName("pupil-risk-state").single().getText()).isEqualTo("OK");
        assertThat(buttons()).contains("Edit the draft…", "Needs review…").doesNotContain("Approve…",
                "Confirm unchanged…");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains(markup);

        signInAs("a2.slt");
        navigate(PlacementView.class, placement);
        assertThat(buttons()).contains("Edit the draft…", "Approve…", "Confirm unchanged…");

        signInAs("a.trustlead");
        navigate(PlacementView.class, placement);
        assertThat($(Span.class).withClassName("pupil-risk-state").single().getText()).isEqualTo("OK");
        assertThat(buttons()).doesNotContain("Edit the draft…", "Approve…", "Confirm unchanged…", "Needs review…");
    }

    private List<String> buttons() {
        return $(Button.class).all().stream().map(Button::getText).toList();
    }
}
