package uk.apassure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import uk.apassure.IntegrationTest;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/** Governors are read-only and aggregated (DESIGN.md): audits as counts, no audit's detail, drafts included. */
class GovernorAuditAccessTest extends IntegrationTest {

    @Autowired
    AuditService audits;

    @Autowired
    AuditPdf pdf;

    @Autowired
    AuditFixtures fixtures;

    @Test
    void a_governor_sees_counts_by_state_and_rag_but_no_audit() {
        long provider = fixtures.provider("Governor counts farm");
        long draft = fixtures.draft(provider);
        long decided = fixtures.decided(fixtures.provider("Governor counts farm 2"));

        assertThatThrownBy(() -> as("a1.governor", () -> audits.get(draft))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.governor", () -> audits.get(decided))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.governor", () -> audits.list(PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.governor", () -> audits.forProvider(provider)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.governor", () -> audits.expiringEvidence(provider, 60)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.governor", () -> pdf.export(decided))).isInstanceOf(AccessDeniedException.class);

        AuditCounts trust = as("a1.governor", () -> audits.counts());
        AuditCounts staff = as("a1.aplead", () -> audits.counts());
        assertThat(trust).isEqualTo(staff);
        assertThat(trust.inState(AuditState.DRAFT)).isGreaterThanOrEqualTo(1);
        assertThat(trust.inState(AuditState.DECIDED)).isGreaterThanOrEqualTo(1);
        assertThat(trust.total()).isEqualTo(as("a1.aplead", () -> audits.count()));
        AuditCounts one = as("a1.governor", () -> audits.counts(provider));
        assertThat(one.total()).isEqualTo(1);
        assertThat(one.inState(AuditState.DRAFT)).isEqualTo(1);
        // another trust's governor-level view counts none of these
        assertThat(as("b.trustlead", () -> audits.counts(provider)).total()).isZero();
    }
}
