package uk.apassure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/** A second school of the trust relies on a decided audit: its own sign-off, re-checking only chosen items. */
class AdoptionTest extends IntegrationTest {

    @Autowired
    AuditService audits;

    @Autowired
    AdoptionService adoptions;

    @Autowired
    ProviderService providers;

    @Autowired
    AuditFixtures fixtures;

    @Test
    void a_second_school_signs_off_and_rechecks_only_the_items_it_chooses() {
        long provider = fixtures.provider("Adoption farm");
        long id = fixtures.decided(provider);
        AuditSheet sheet = as("a2.slt", () -> audits.get(id));
        AuditSheet.Item chosen = sheet.items().get(2);

        as("a2.slt", () -> adoptions.adopt(id, Decision.APPROVED, "Relying on School A1's checks",
                List.of(new RecheckInput(chosen.id(), Outcome.MET, "Checked again by phone"))));

        AuditSheet after = as("a1.aplead", () -> audits.get(id));
        assertThat(after.adoptions()).singleElement().satisfies(adoption -> {
            assertThat(adoption.schoolName()).isEqualTo("School A2");
            assertThat(adoption.signed().by()).isEqualTo("A2 SLT");
            assertThat(adoption.decision()).isEqualTo(Decision.APPROVED);
            assertThat(adoption.rechecks()).extracting(AuditSheet.Recheck::prompt).containsExactly(chosen.prompt());
        });
        // the audit itself and the trust-level status are unchanged by a school's sign-off
        assertThat(after.state()).isEqualTo(AuditState.DECIDED);
        assertThat(after.items()).isEqualTo(sheet.items());
        assertThat(as("a2.slt", () -> providers.get(provider)).status()).isEqualTo(ProviderStatus.APPROVED_WITH_CONDITIONS);
    }

    @Test
    void adoption_is_refused_to_the_same_school_twice_to_non_slt_to_other_trusts_and_before_the_decision() {
        long id = fixtures.decided(fixtures.provider("Adoption refusals farm"));
        assertThatThrownBy(() -> as("a1.slt", () -> adoptions.adopt(id, Decision.APPROVED, "", List.of())))
                .as("the auditing school already signed").isInstanceOf(InvalidStep.class);
        assertThatThrownBy(() -> as("a2.dsl", () -> adoptions.adopt(id, Decision.APPROVED, "", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("b1.slt", () -> adoptions.adopt(id, Decision.APPROVED, "", List.of())))
                .isInstanceOf(AuditService.NotFound.class);
        as("a2.slt", () -> adoptions.adopt(id, Decision.REJECTED, "Not for our pupils", List.of()));
        assertThatThrownBy(() -> as("a2.slt", () -> adoptions.adopt(id, Decision.APPROVED, "", List.of())))
                .isInstanceOf(InvalidStep.class);

        long confirmed = fixtures.confirmed(fixtures.provider("Adoption undecided farm"));
        assertThatThrownBy(() -> as("a2.slt", () -> adoptions.adopt(confirmed, Decision.APPROVED, "", List.of())))
                .isInstanceOf(InvalidStep.class);
    }
}
