package uk.apassure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.audit.AuditRow;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.AuditState;
import uk.apassure.audit.Outcome;
import uk.apassure.base.time.InTermClock;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/** The demo profile starts with audits at each step, and one provider whose insurance expires soon. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import(InTermClock.class)
class DemoAuditsTest {

    @Autowired
    Clock clock;

    @Autowired
    AuditService audits;

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    @Test
    void the_demo_trust_has_audits_in_every_state_and_an_insurance_expiry_warning() {
        var rows = subjects.callAs("aplead", () -> audits.list(PageRequest.of(0, 20)));
        assertThat(rows).extracting(AuditRow::state).containsExactlyInAnyOrder(AuditState.DECIDED,
                AuditState.DECIDED, AuditState.DECIDED, AuditState.DECIDED, AuditState.SUBMITTED, AuditState.DRAFT);
        long willow = subjects.callAs("aplead", () -> providers.list(ProviderFilter.ANY.withName("Willow Bank Farm"),
                PageRequest.of(0, 1))).getFirst().id();
        assertThat(subjects.callAs("aplead", () -> audits.expiringEvidence(willow, 60)))
                .extracting(e -> e.describe(LocalDate.now(clock)))
                .contains("Employer's liability insurance expires in 21 days", "Public liability insurance expires in 21 days");
    }

    @Test
    void every_demo_item_met_that_requires_evidence_has_a_file_or_was_seen_on_site_with_a_reason() {
        var rows = subjects.callAs("aplead", () -> audits.list(PageRequest.of(0, 20)));
        for (AuditRow row : rows) {
            AuditSheet sheet = subjects.callAs("aplead", () -> audits.get(row.id()));
            assertThat(sheet.items()).as(row.providerName())
                    .filteredOn(item -> item.evidenceRequired() && item.outcome() == Outcome.MET)
                    .allMatch(AuditSheet.Item::mayBeMet);
            if (row.state() == AuditState.DECIDED) {
                assertThat(sheet.items()).as(row.providerName()).filteredOn(AuditSheet.Item::evidenceRequired)
                        .isNotEmpty().allMatch(item -> !item.evidence().isEmpty()
                                || (item.seenNotKeptReason() != null && !item.seenNotKeptReason().isBlank()));
                assertThat(sheet.items()).flatExtracting(AuditSheet.Item::evidence).isNotEmpty();
            }
        }
    }
}
