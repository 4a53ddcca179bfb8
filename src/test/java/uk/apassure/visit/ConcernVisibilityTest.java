package uk.apassure.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.security.AccessGuard;

/**
 * Who reads a safeguarding concern (issue 8), decided by the service: its text, outcome and alert
 * states for the school's DSLs, the headteacher and its author; for other roles that may see the
 * visit only that there is one, when, and whether it is open; governors counts only.
 */
class ConcernVisibilityTest extends IntegrationTest {

    static final String TEXT = "A pupil disclosed something at break; details passed on";

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    VisitService visits;

    @Autowired
    ConcernService concerns;

    long visit;

    @BeforeEach
    void aConcernRaisedByTheVisitor() {
        long provider = fixtures.approvedProvider("Visibility farm");
        visit = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 3, 9, 10, 0));
        as("a1.visitor", () -> concerns.raise(visit, TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a1.visitor", "a1.dsl", "a1.dsl2", "a1.head"})
    void the_author_the_schools_dsls_and_the_headteacher_read_it_and_its_alerts(String username) {
        VisitPage.Concern concern = as(username, () -> visits.get(visit)).concern();
        assertThat(concern.readable()).isTrue();
        assertThat(concern.description()).isEqualTo(TEXT);
        assertThat(concern.alerts()).extracting(VisitPage.Alert::recipient)
                .containsExactly("A1 DSL", "A1 Second DSL");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a1.aplead", "a1.slt", "a.trustlead"})
    void other_roles_see_only_that_there_is_one_when_and_whether_it_is_open(String username) {
        VisitPage.Concern concern = as(username, () -> visits.get(visit)).concern();
        assertThat(concern).isNotNull();
        assertThat(concern.readable()).isFalse();
        assertThat(concern.description()).isNull();
        assertThat(concern.alerts()).isEmpty();
        assertThat(concern.raisedAt()).isNotNull();
        assertThat(concern.open()).isTrue();
        assertThat(concern.toString()).doesNotContain("disclosed");
    }

    @Test
    void the_outcome_is_as_private_as_the_concern() {
        long id = as("a1.dsl", () -> visits.get(visit)).concern().id();
        as("a1.dsl", () -> concerns.close(id, concerns.version(id), "Referred to children's social care"));

        VisitPage.Concern forSlt = as("a1.slt", () -> visits.get(visit)).concern();
        assertThat(forSlt.open()).isFalse();
        assertThat(forSlt.closedAt()).isNotNull();
        assertThat(forSlt.outcome()).isNull();
        assertThat(as("a1.head", () -> visits.get(visit)).concern().outcome())
                .isEqualTo("Referred to children's social care");
        assertThat(as("a1.visitor", () -> visits.get(visit)).concern().outcome())
                .isEqualTo("Referred to children's social care");
    }

    @Test
    void another_schools_dsl_does_not_reach_it() {
        assertThatThrownBy(() -> as("a2.dsl", () -> visits.get(visit))).isInstanceOf(VisitService.NotFound.class);
        assertThat(as("a2.dsl", () -> concerns.open())).extracting(OpenConcern::visitId).doesNotContain(visit);
    }

    @Test
    void governors_see_counts_only() {
        assertThatThrownBy(() -> as("a1.governor", () -> visits.get(visit)))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.governor", () -> concerns.open()))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
        assertThat(as("a1.governor", () -> visits.counts()).openConcerns()).isPositive();
    }
}
