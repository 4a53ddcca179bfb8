package uk.apassure.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;

/**
 * The cadence as schools see it: submitted visits of their own school, approved providers the school
 * uses only (it has audited, adopted an audit of, or visited them; a draft visit counts as using).
 */
class CadenceServiceTest extends IntegrationTest {

    @Autowired
    CadenceService cadence;

    @Autowired
    ProviderService providers;

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_never_visited_approved_provider_is_overdue_and_a_prospective_one_has_no_cadence() {
        long approved = fixtures.approvedProvider("Cadence yard");
        fixtures.draftVisit("a1.visitor", approved);
        long prospective = as("a1.slt", () -> providers.create(ProviderFixtures.farm("Prospective yard"),
                ProviderFixtures.site("Alpha", "AB1 2CD")));

        CadenceRow row = as("a1.dsl", () -> cadence.of(approved)).orElseThrow();
        assertThat(row.state()).isEqualTo(VisitCadence.Due.OVERDUE);
        assertThat(row.lastVisit()).isNull();
        assertThat(as("a1.dsl", () -> cadence.of(prospective))).isEmpty();
        assertThat(as("a1.dsl", () -> cadence.all())).extracting(CadenceRow::providerId)
                .contains(approved).doesNotContain(prospective);
    }

    @Test
    void the_next_visit_is_due_by_the_configured_four_sessions_a_week_and_only_submitted_visits_count() {
        long provider = fixtures.approvedProvider("Cadence stables");
        // Monday 2 March 2026: four sessions a week (Mon-Thu) reach ten on Wednesday 18 March
        fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 3, 2, 10, 0));
        fixtures.draftVisit("a1.visitor", provider);

        CadenceRow row = as("a1.dsl", () -> cadence.of(provider)).orElseThrow();
        assertThat(row.lastVisit()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(row.nextDue()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(as("a1.dsl", () -> cadence.all())).filteredOn(r -> r.providerId() == provider)
                .singleElement().isEqualTo(row);
    }

    @Test
    void a_visit_dated_in_the_future_or_before_2000_does_not_hold_off_the_next_visit() {
        long provider = fixtures.approvedProvider("Cadence slip");
        fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 3, 2, 10, 0));
        // typing slips stored before the service refused them
        long future = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 3, 3, 10, 0));
        long ancient = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 3, 4, 10, 0));
        jdbc.update("update visit set visited_at = '2099-01-01 10:00:00' where id = ?", future);
        jdbc.update("update visit set visited_at = '1900-01-01 10:00:00' where id = ?", ancient);

        CadenceRow row = as("a1.dsl", () -> cadence.of(provider)).orElseThrow();
        assertThat(row.lastVisit()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(row.state()).isEqualTo(VisitCadence.Due.OVERDUE);
        assertThat(as("a1.dsl", () -> cadence.all())).filteredOn(r -> r.providerId() == provider)
                .singleElement().isEqualTo(row);
    }

    @Test
    void another_schools_visit_counts_for_the_trust_lead_but_not_for_this_school() {
        long provider = fixtures.approvedProvider("Cadence barn");
        fixtures.submittedVisit("a2.dsl", provider, LocalDateTime.of(2026, 3, 2, 10, 0));
        fixtures.draftVisit("a1.visitor", provider);

        assertThat(as("a1.dsl", () -> cadence.of(provider)).orElseThrow().lastVisit()).isNull();
        assertThat(as("a.trustlead", () -> cadence.of(provider)).orElseThrow().lastVisit())
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void an_approved_provider_the_school_does_not_use_is_never_due_for_it() {
        long unused = fixtures.approvedProvider("Cadence orchard");
        fixtures.submittedVisit("a2.dsl", unused, LocalDateTime.now().minusMonths(2));

        assertThat(as("a1.dsl", () -> cadence.of(unused))).isEmpty();
        assertThat(as("a1.dsl", () -> cadence.all())).extracting(CadenceRow::providerId).doesNotContain(unused);
        assertThat(as("a2.dsl", () -> cadence.all())).extracting(CadenceRow::providerId).contains(unused);
        assertThat(as("a.trustlead", () -> cadence.overdueBySchool()).get(world.schoolA2)).isPositive();
    }
}
