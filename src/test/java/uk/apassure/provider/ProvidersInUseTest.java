package uk.apassure.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.security.AccessGuard;
import uk.apassure.visit.VisitFixtures;

/** A school uses the providers it has audited or visited; another school does not, until it does too. */
class ProvidersInUseTest extends IntegrationTest {

    @Autowired
    ProvidersInUse inUse;

    @Autowired
    AuditFixtures audits;

    @Autowired
    VisitFixtures visits;

    @Test
    void an_audit_or_a_visit_makes_a_provider_one_the_school_uses() {
        long audited = audits.provider("Used by audit " + System.nanoTime());
        audits.draft(audited);
        long visited = visits.approvedProvider("Used by visit");
        visits.submittedVisit("a2.dsl", visited, LocalDateTime.now().minusDays(1));
        long untouched = visits.approvedProvider("Not used");

        assertThat(as("a1.governor", () -> inUse.forMySchool())).contains(audited).doesNotContain(visited, untouched);
        assertThat(as("a2.slt", () -> inUse.forMySchool())).contains(visited).doesNotContain(audited, untouched);
        assertThat(as("a.trustlead", () -> inUse.forMySchool())).contains(audited, visited).doesNotContain(untouched);
        assertThat(as("a.trustlead", () -> inUse.bySchool()).get(world.schoolA1)).contains(audited);
        assertThat(as("b.trustlead", () -> inUse.forMySchool())).doesNotContain(audited, visited);
        assertThatThrownBy(() -> as("a1.slt", () -> inUse.bySchool()))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
    }
}
