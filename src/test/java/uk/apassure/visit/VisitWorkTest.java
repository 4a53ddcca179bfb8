package uk.apassure.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.security.AccessGuard;

/** What visit work waits for whom: drafts, actions and concerns stay inside the user's scope; governors get numbers. */
class VisitWorkTest extends IntegrationTest {

    @Autowired
    VisitWork work;

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    FollowUpService followUps;

    @Autowired
    ConcernService concerns;

    @Test
    void my_drafts_are_the_visits_i_started_and_have_not_submitted() {
        long provider = fixtures.approvedProvider("Draft meadow");
        long mine = fixtures.draftVisit("a1.visitor", provider);
        long colleagues = fixtures.draftVisit("a1.aplead", provider);
        long submitted = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.now().minusDays(1));

        assertThat(as("a1.visitor", () -> work.myDrafts())).extracting(DraftVisit::visitId)
                .contains(mine).doesNotContain(colleagues, submitted);
        assertThatThrownBy(() -> as("a1.governor", () -> work.myDrafts()))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
    }

    @Test
    void my_actions_are_the_open_ones_of_my_school_that_name_me_soonest_due_first() {
        long provider = fixtures.approvedProvider("Action meadow");
        long visit = fixtures.draftVisit("a1.visitor", provider);
        as("a1.visitor", () -> {
            followUps.add(visit, "Send the risk assessment", "A1 DSL", LocalDate.now().plusDays(9));
            followUps.add(visit, "Check the register", "A1 DSL", LocalDate.now().minusDays(2));
            // same name as a DSL of school A2: still not theirs, the visit is school A1's
            followUps.add(visit, "Call the manager", "A2 DSL", LocalDate.now().plusDays(1));
        });

        assertThat(as("a1.dsl", () -> work.myActions())).filteredOn(a -> a.visitId() == visit)
                .extracting(ActionDue::description).containsExactly("Check the register", "Send the risk assessment");
        assertThat(as("a2.dsl", () -> work.myActions())).extracting(ActionDue::visitId).doesNotContain(visit);
        assertThat(as("a1.aplead", () -> work.myActions())).extracting(ActionDue::visitId).doesNotContain(visit);
    }

    @Test
    void a_providers_concerns_show_their_text_only_to_the_schools_dsls_headteacher_and_author() {
        long provider = fixtures.approvedProvider("Concern meadow");
        long visit = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.now().minusDays(1));
        as("a1.visitor", () -> concerns.raise(visit, "A pupil was left without supervision"));

        assertThat(as("a1.dsl", () -> work.concernsAt(provider))).singleElement()
                .satisfies(c -> assertThat(c.description()).isEqualTo("A pupil was left without supervision"));
        assertThat(as("a1.head", () -> work.concernsAt(provider))).singleElement()
                .satisfies(c -> assertThat(c.description()).isNotNull());
        assertThat(as("a1.visitor", () -> work.concernsAt(provider))).singleElement()
                .satisfies(c -> assertThat(c.description()).isNotNull());
        assertThat(as("a1.slt", () -> work.concernsAt(provider))).singleElement().satisfies(c -> {
            assertThat(c.description()).isNull();
            assertThat(c.open()).isTrue();
            assertThat(c.visitId()).isEqualTo(visit);
        });
        assertThat(as("a.trustlead", () -> work.concernsAt(provider))).singleElement()
                .satisfies(c -> assertThat(c.description()).isNull());
        assertThat(as("a2.dsl", () -> work.concernsAt(provider))).isEmpty();
        assertThat(as("b1.slt", () -> work.concernsAt(provider))).isEmpty();
    }

    @Test
    void governors_get_numbers_for_their_school_and_for_a_provider() {
        long provider = fixtures.approvedProvider("Governor meadow");
        long visit = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.now().minusDays(3));
        as("a1.visitor", () -> concerns.raise(visit, "Fire exit blocked"));

        ProviderVisitCounts atProvider = as("a1.governor", () -> work.countsAt(provider));
        assertThat(atProvider).isEqualTo(new ProviderVisitCounts(1, 1, 0));
        VisitWorkCounts school = as("a1.governor", () -> work.mySchoolCounts());
        assertThat(school.openConcerns()).isPositive();
        assertThat(school.visitsThisYear()).isPositive();
        assertThat(as("a2.slt", () -> work.countsAt(provider))).isEqualTo(new ProviderVisitCounts(0, 0, 0));
        assertThatThrownBy(() -> as("a1.governor", () -> work.concernsAt(provider)))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
    }

    @Test
    void trust_leads_get_numbers_by_school_of_their_own_trust_only() {
        long provider = fixtures.approvedProvider("Trust meadow");
        long before = as("a.trustlead", () -> work.countsBySchool()).getOrDefault(world.schoolA2, VisitWorkCounts.NONE)
                .openConcerns();
        long visit = fixtures.submittedVisit("a2.dsl", provider, LocalDateTime.now().minusDays(2));
        as("a2.dsl", () -> concerns.raise(visit, "Visitor log not kept"));

        assertThat(as("a.trustlead", () -> work.countsBySchool()).get(world.schoolA2).openConcerns())
                .isEqualTo(before + 1);
        assertThat(as("b.trustlead", () -> work.countsBySchool())).doesNotContainKeys(world.schoolA1, world.schoolA2);
        assertThatThrownBy(() -> as("a1.dsl", () -> work.countsBySchool()))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
    }
}
