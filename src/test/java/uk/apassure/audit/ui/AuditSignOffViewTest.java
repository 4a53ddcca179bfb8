package uk.apassure.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.AuditState;
import uk.apassure.audit.Decision;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.security.SubjectRunner;

/** SLT decide in the dialog, with a condition; another school's SLT signs off for its school. */
class AuditSignOffViewTest extends ViewTest {

    @Autowired
    AuditService audits;

    @Autowired
    ProviderService providers;

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    SubjectRunner subjects;

    @Test
    void slt_approve_with_a_condition_and_a_second_school_signs_off_with_one_recheck() {
        long provider = fixtures.provider("View sign-off farm");
        long id = fixtures.confirmed(provider);

        signInAs("a1.slt");
        navigate(AuditView.class, id);
        test($(Button.class).withText("Decide…").single()).click();
        DecideDialog.Form form = $(DecideDialog.Form.class).single();
        test(form.decision).selectItem("Approve with conditions");
        DecideDialog.ConditionRow row = $(DecideDialog.ConditionRow.class).single();
        test(row.description).setValue("Send the fire risk assessment");
        test(row.owner).setValue("A1 AP Lead");
        test(row.due).setValue(LocalDate.now().plusWeeks(2));
        test($(Button.class).withText("Record decision").single()).click();

        AuditSheet decided = subjects.callAs("a1.slt", () -> audits.get(id));
        assertThat(decided.state()).isEqualTo(AuditState.DECIDED);
        assertThat(decided.conditions()).singleElement()
                .satisfies(c -> assertThat(c.description()).isEqualTo("Send the fire risk assessment"));
        assertThat(subjects.callAs("a1.slt", () -> providers.get(provider)).status())
                .isEqualTo(ProviderStatus.APPROVED_WITH_CONDITIONS);
        // decided: read-only, no further workflow step for the deciding school
        assertThat($(Button.class).withText("Decide…").all()).isEmpty();
        assertThat($(AuditItemCard.class).all()).allMatch(card -> card.outcome.isReadOnly());

        signInAs("a2.slt");
        navigate(AuditView.class, id);
        test($(Button.class).withText("Sign off for my school…").single()).click();
        AdoptDialog.Form adopt = $(AdoptDialog.Form.class).single();
        test(adopt.decision).selectItem("Approve");
        AuditSheet.Item chosen = decided.items().get(1);
        adopt.recheck.setValue(java.util.Set.of(chosen));
        test(adopt.outcomes.get(chosen)).selectItem("Met");
        test($(Button.class).withText("Sign off").single()).click();

        AuditSheet adopted = subjects.callAs("a2.slt", () -> audits.get(id));
        assertThat(adopted.adoptions()).singleElement().satisfies(a -> {
            assertThat(a.schoolName()).isEqualTo("School A2");
            assertThat(a.decision()).isEqualTo(Decision.APPROVED);
            assertThat(a.rechecks()).extracting(AuditSheet.Recheck::prompt).containsExactly(chosen.prompt());
        });
        assertThat($(Button.class).withText("Sign off for my school…").all()).isEmpty();
    }
}
