package uk.apassure.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.TestWorld;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.security.Role;

/**
 * A user whose role is a school's (here visiting staff) but who belongs to no school, e.g. a
 * trust's central officer given that role by mistake: no school means no visits, never the trust's.
 */
class NoSchoolScopeTest extends IntegrationTest {

    private static final String NO_SCHOOL = "a.visitor.noschool";

    @Autowired
    VisitService visits;

    @Autowired
    CadenceService cadence;

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    SystemSetup setup;

    private static boolean created;

    @Test
    void counts_and_cadence_are_empty_for_a_school_role_without_a_school() {
        long provider = fixtures.approvedProvider("No-school farm");
        fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 11, 2, 10, 0));
        if (!created) {
            created = true;
            setup.createTrustUser(world.trustA, NO_SCHOOL, "Central Visitor", Set.of(Role.VISITOR), TestWorld.PASSWORD);
        }
        assertThat(as("a1.visitor", () -> visits.counts()).submitted()).isPositive();

        VisitCounts counts = as(NO_SCHOOL, () -> visits.counts());

        assertThat(counts.submitted()).isZero();
        assertThat(counts.openConcerns()).isZero();
        assertThat(as(NO_SCHOOL, () -> cadence.all())).isEmpty();
        assertThat(as(NO_SCHOOL, () -> cadence.overdueCount())).isZero();
    }
}
