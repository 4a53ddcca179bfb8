package uk.apassure.demo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.base.time.InTermClock;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.ActionStatus;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.Judgement;
import uk.apassure.visit.OpenConcern;
import uk.apassure.visit.VisitFilter;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitRow;
import uk.apassure.visit.VisitService;
import uk.apassure.visit.VisitStatus;
import uk.apassure.visit.VisitType;

/**
 * The demo profile starts with Meadowbank Academy's visits: submitted ones over two months, a
 * draft, a follow-up action, one open safeguarding concern and one the DSL has closed.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import(InTermClock.class)
class DemoVisitsTest {

    @Autowired
    Clock clock;

    @Autowired
    VisitService visits;

    @Autowired
    ConcernService concerns;

    @Autowired
    SubjectRunner subjects;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_visitor_sees_five_submitted_visits_of_varied_types_and_a_draft_of_their_own() {
        List<VisitRow> rows = subjects.callAs("visitor", () -> visits.list(VisitFilter.ANY, PageRequest.of(0, 20)));
        assertThat(rows).extracting(VisitRow::status).containsExactlyInAnyOrder(VisitStatus.SUBMITTED,
                VisitStatus.SUBMITTED, VisitStatus.SUBMITTED, VisitStatus.SUBMITTED, VisitStatus.SUBMITTED,
                VisitStatus.DRAFT);
        assertThat(rows).filteredOn(row -> row.status() == VisitStatus.DRAFT).singleElement()
                .satisfies(draft -> {
                    assertThat(draft.providerName()).isEqualTo("Wildwood Forest School");
                    assertThat(draft.recordedByName()).isEqualTo("Tom Becker");
                });
        assertThat(rows).extracting(VisitRow::type).containsOnly(VisitType.QA_MONITORING, VisitType.PRE_PLACEMENT,
                VisitType.UNANNOUNCED);
        LocalDateTime now = LocalDateTime.now(clock);
        assertThat(rows).extracting(VisitRow::visitedAt)
                .allSatisfy(at -> assertThat(at).isBefore(now).isAfter(now.minusDays(60)));
        assertThat(subjects.callAs("visitor", () -> visits.list(VisitFilter.ANY.withJudgement(Judgement.CONCERN),
                PageRequest.of(0, 20)))).extracting(VisitRow::providerName)
                .containsExactlyInAnyOrder("Hilltop Motor Skills", "Harbour Outdoor Learning");
    }

    @Test
    void the_dsl_sees_exactly_one_open_concern_and_the_closed_one_has_an_outcome() {
        List<OpenConcern> open = subjects.callAs("dsl", concerns::open);
        assertThat(open).singleElement().satisfies(concern -> {
            assertThat(concern.providerName()).isEqualTo("Harbour Outdoor Learning");
            assertThat(concern.raisedBy()).isEqualTo("Tom Becker");
        });
        VisitPage kitchen = subjects.callAs("dsl", () -> visits.get(visitOf("Northgate Kitchen Project")));
        assertThat(kitchen.concern()).isNotNull().satisfies(concern -> {
            assertThat(concern.open()).isFalse();
            assertThat(concern.outcome()).contains("LADO");
            assertThat(concern.closedBy()).isEqualTo("Grace Okafor");
        });
        assertThat(subjects.callAs("dsl", () -> visits.list(VisitFilter.ANY.withOpenConcern(true),
                PageRequest.of(0, 20)))).extracting(VisitRow::providerName).containsExactly("Harbour Outdoor Learning");
    }

    @Test
    void one_submitted_visit_has_an_open_follow_up_action() {
        VisitPage hilltop = subjects.callAs("visitor", () -> visits.get(visitOf("Hilltop Motor Skills")));
        assertThat(hilltop.status()).isEqualTo(VisitStatus.SUBMITTED);
        assertThat(hilltop.actions()).singleElement().satisfies(action -> {
            assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
            assertThat(action.owner()).isEqualTo("Tom Becker");
            assertThat(action.dueOn()).isAfter(LocalDate.now(clock));
        });
    }

    @Test
    void concern_alerts_without_an_smtp_server_are_shown_as_failed_and_kept_for_the_retry() {
        // nothing listens on the test SMTP port while this context starts: the alerts were tried (after the
        // demo's commits, on another thread), failed with a reason, and wait for their next try
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                jdbc.queryForList("SELECT recipient FROM concern_mail WHERE status = 'FAILED' AND attempts >= 1"
                        + " AND last_error IS NOT NULL AND next_attempt_at IS NOT NULL", String.class))
                .containsExactly("grace.okafor@meadowbank.example.org", "grace.okafor@meadowbank.example.org"));
    }

    private long visitOf(String provider) {
        return visits.list(VisitFilter.ANY, PageRequest.of(0, 20)).stream()
                .filter(row -> row.providerName().equals(provider)).findFirst().orElseThrow().id();
    }
}
