package uk.apassure.risk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.provider.ui.ProviderView;
import uk.apassure.risk.HazardKind;
import uk.apassure.risk.HazardLine;
import uk.apassure.risk.Residual;
import uk.apassure.risk.RiskAssessmentService;
import uk.apassure.security.SubjectRunner;

/** The provider page's risk assessment section: text shown as typed, and the actions each role may take. */
class RiskAssessmentSectionTest extends ViewTest {

    private static final String TYPED = "<b>Bold</b> & <img src=x onerror=alert(1)>";

    @Autowired
    AuditFixtures audits;

    @Autowired
    RiskAssessmentService assessments;

    @Autowired
    SubjectRunner subjects;

    @Test
    void typed_text_is_shown_as_text_and_only_assessors_may_approve() {
        long provider = audits.provider("Section farm " + UUID.randomUUID().toString().substring(0, 6));
        audits.decided(provider);
        HazardLine line = new HazardLine("Main site", TYPED, HazardKind.ANIMALS, TYPED, "Pupils", TYPED,
                Residual.HIGH);
        subjects.runAs("a1.aplead", () -> assessments.approve(provider, 0, TYPED, LocalDate.now(SchoolTime.ZONE),
                List.of(line)));

        signInAs("a1.governor");
        navigate(ProviderView.class, provider);
        assertThat(section()).contains("Version 1 · approved", "Controls: " + TYPED, "Residual risk: High",
                "Animals · " + TYPED);
        assertThat(buttons()).doesNotContain("New version", "Report a change");

        signInAs("a1.visitor");
        navigate(ProviderView.class, provider);
        assertThat(buttons()).contains("Report a change").doesNotContain("New version");

        signInAs("a1.aplead");
        navigate(ProviderView.class, provider);
        assertThat(buttons()).contains("Report a change", "New version");
    }

    private String section() {
        return $(ProviderView.class).single().getElement().getTextRecursively();
    }

    private List<String> buttons() {
        return $(Button.class).all().stream().map(Button::getText).toList();
    }
}
