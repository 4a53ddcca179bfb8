package uk.apassure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/** The DSL and SLT send an audit back to the AP lead with a reason, instead of confirming or deciding. */
class AuditSendBackTest extends IntegrationTest {

    @Autowired
    AuditService audits;

    @Autowired
    AuditFixtures fixtures;

    @Test
    void the_dsl_sends_a_submitted_audit_back_and_the_ap_lead_reads_why_on_the_audit() {
        long id = fixtures.submitted(fixtures.provider("Send back dsl farm"));
        assertThatThrownBy(() -> as("a1.dsl", () -> audits.sendBack(id, fixtures.version(id), "  ")))
                .isInstanceOf(InvalidStep.class).hasMessageContaining("Say why");
        as("a1.dsl", () -> audits.sendBack(id, fixtures.version(id), "The safeguarding policy is two years old"));

        AuditSheet sheet = as("a1.aplead", () -> audits.get(id));
        assertThat(sheet.state()).isEqualTo(AuditState.DRAFT);
        assertThat(sheet.submitted()).isNull();
        assertThat(sheet.openSendBack()).isNotNull().satisfies(back -> {
            assertThat(back.reason()).isEqualTo("The safeguarding policy is two years old");
            assertThat(back.by().by()).isEqualTo("A1 DSL");
            assertThat(back.fromState()).isEqualTo(AuditState.SUBMITTED);
        });
        // the answers stay; the AP lead changes what is needed and submits again
        assertThat(sheet.items()).allMatch(item -> item.outcome() == Outcome.MET);
        as("a1.aplead", () -> audits.submit(id, fixtures.version(id)));
        AuditSheet again = as("a1.aplead", () -> audits.get(id));
        assertThat(again.openSendBack()).isNull();
        assertThat(again.sentBack()).hasSize(1);
    }

    @Test
    void slt_send_a_confirmed_audit_back_and_the_dsl_confirms_again() {
        long id = fixtures.confirmed(fixtures.provider("Send back slt farm"));
        as("a1.head", () -> audits.sendBack(id, fixtures.version(id), "Ask for the fire risk assessment first"));
        AuditSheet sheet = as("a1.aplead", () -> audits.get(id));
        assertThat(sheet.state()).isEqualTo(AuditState.DRAFT);
        assertThat(sheet.safeguardingConfirmed()).isNull();
        assertThat(sheet.items()).allMatch(item -> item.confirmedBy() == null);
        assertThat(sheet.openSendBack().fromState()).isEqualTo(AuditState.SAFEGUARDING_CONFIRMED);
        assertThat(sheet.openSendBack().by().by()).isEqualTo("A1 Headteacher");
    }

    @Test
    void only_the_one_whose_step_it_is_sends_back_and_only_a_submitted_audit() {
        long draft = fixtures.draft(fixtures.provider("Send back draft farm"));
        assertThatThrownBy(() -> as("a1.dsl", () -> audits.sendBack(draft, fixtures.version(draft), "Why")))
                .isInstanceOf(InvalidStep.class);
        long submitted = fixtures.submitted(fixtures.provider("Send back rights farm"));
        for (String wrong : new String[] {"a1.aplead", "a1.slt", "a1.governor", "a1.visitor"}) {
            assertThatThrownBy(() -> as(wrong, () -> audits.sendBack(submitted, fixtures.version(submitted), "Why")))
                    .as(wrong).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as("a2.dsl", () -> audits.sendBack(submitted, fixtures.version(submitted), "Why")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.dsl", () -> audits.sendBack(submitted, fixtures.version(submitted) - 1, "Why")))
                .isInstanceOf(AuditService.ConcurrentEdit.class);
        long confirmed = fixtures.confirmed(fixtures.provider("Send back confirmed rights farm"));
        assertThatThrownBy(() -> as("a1.dsl", () -> audits.sendBack(confirmed, fixtures.version(confirmed), "Why")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
