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
import uk.apassure.base.time.SchoolTime;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.security.SubjectRunner;

/** SLT decide in the dialog, reviewing what they sign; another school's SLT signs off for its school. */
class AuditSignOffViewTest extends ViewTest {

    @Autowired
    AuditService audits;

    @Autowired
    ProviderService providers;

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    SubjectRunner subjects;

    private static LocalDate today() {
        return LocalDate.now(SchoolTime.ZONE);
    }

    private DecideDialog openDecide(long id) {
        signInAs("a1.slt");
        navigate(AuditView.class, id);
        test($(Button.class).withText("Decide…").single()).click();
        return $(DecideDialog.class).single();
    }

    @Test
    void slt_review_the_decision_once_more_and_a_typed_condition_not_added_is_kept() {
        long provider = fixtures.provider("View sign-off farm");
        long id = fixtures.confirmed(provider);
        DecideDialog dialog = openDecide(id);
        test(dialog.form.decision).selectItem("Approve with conditions");
        ConditionsForm conditions = dialog.form.conditions;
        assertThat(conditions.due.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(conditions.due.getMin()).isEqualTo(today());
        // typed, never pressed "Add condition"
        test(conditions.description).setValue("Send the fire risk assessment");
        test(conditions.owner).setValue("A1 AP Lead");
        test(conditions.due).setValue(today().plusWeeks(2));
        test(dialog.next).click();
        // the review shows what is being signed; nothing is recorded until confirmed
        assertThat(dialog.review.isVisible()).isTrue();
        assertThat(dialog.review.getElement().getTextRecursively()).contains("approve with conditions")
                .contains("Send the fire risk assessment").contains("Overall: Green");
        assertThat(subjects.callAs("a1.slt", () -> audits.get(id)).state()).isEqualTo(AuditState.SAFEGUARDING_CONFIRMED);
        test(dialog.confirm).click();

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

    @Test
    void a_half_filled_condition_is_asked_about_never_dropped() {
        long id = fixtures.confirmed(fixtures.provider("View half condition farm"));
        DecideDialog dialog = openDecide(id);
        test(dialog.form.decision).selectItem("Approve with conditions");
        test(dialog.form.conditions.description).setValue("Send the insurance certificate");
        test(dialog.next).click();
        assertThat(dialog.review.isVisible()).isFalse();
        assertThat(dialog.form.problem.getText()).contains("Finish the condition you started");
        assertThat(dialog.form.conditions.owner.isInvalid()).isTrue();
        assertThat(dialog.form.conditions.description.getValue()).isEqualTo("Send the insurance certificate");

        // conditions typed under another decision are not silently discarded either
        test(dialog.form.conditions.owner).setValue("A1 AP Lead");
        test(dialog.form.conditions.due).setValue(today().plusWeeks(1));
        test(dialog.form.conditions.add).click();
        test(dialog.form.decision).selectItem("Approve");
        test(dialog.next).click();
        assertThat(dialog.form.problem.getText()).contains("Conditions go only with");
        assertThat(subjects.callAs("a1.slt", () -> audits.get(id)).state()).isEqualTo(AuditState.SAFEGUARDING_CONFIRMED);
    }

    @Test
    void slt_send_the_audit_back_instead_of_deciding() {
        long id = fixtures.confirmed(fixtures.provider("View slt send back farm"));
        signInAs("a1.slt");
        navigate(AuditView.class, id);
        test($(Button.class).withClassName("send-back").single()).click();
        test($(SendBackDialog.Form.class).single().reason).setValue("Check the animal contact measures again");
        test($(Button.class).withText("Send back").single()).click();
        AuditSheet sheet = subjects.callAs("a1.slt", () -> audits.get(id));
        assertThat(sheet.state()).isEqualTo(AuditState.DRAFT);
        assertThat(sheet.openSendBack().reason()).isEqualTo("Check the animal contact measures again");
    }
}
