package uk.apassure.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.security.Role;

/**
 * The visits each school has per status, kept by V40's triggers whoever writes, and the grid's count
 * and rows for a school's staff scoped to their school alone unless they recorded visits elsewhere:
 * the count must always equal the rows the grid can page through.
 */
class VisitCountsTest extends IntegrationTest {

    @Autowired
    VisitService visits;

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    SystemSetup setup;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void kept_counts_follow_inserts_submissions_moves_and_deletes() {
        long provider = fixtures.approvedProvider("Counted yard");
        long draft = fixtures.draftVisit("a1.visitor", provider);
        long submitted = fixtures.submittedVisit("a1.aplead", provider, LocalDateTime.of(2026, 3, 2, 10, 0));
        assertKeptEqualsCounted();

        jdbc.update("update visit set status = 'SUBMITTED', submitted_at = created_at, visited_at = created_at,"
                + " type = 'QA_MONITORING', judgement_safeguarding = 'GOOD', judgement_teaching = 'GOOD',"
                + " judgement_behaviour = 'GOOD', judgement_attendance = 'GOOD', judgement_site_safety = 'GOOD'"
                + " where id = ?", draft);
        assertKeptEqualsCounted();
        jdbc.update("update visit set notes = 'no count change' where id = ?", submitted);
        assertKeptEqualsCounted();
        // a visit moved to another school (only bulk SQL does this) moves its count with it
        jdbc.update("update visit set school_id = ? where id = ?", world.schoolA2, submitted);
        assertKeptEqualsCounted();
        jdbc.update("delete from visit where id in (?, ?)", draft, submitted);
        assertKeptEqualsCounted();
    }

    @Test
    void a_schools_staff_count_their_school_and_what_they_recorded_elsewhere() {
        String visitor = "vc.visitor." + UUID.randomUUID().toString().substring(0, 8);
        setup.createSchoolUser(world.schoolA1, visitor, "Counted Visitor", Set.of(Role.VISITOR), "counted-password");
        long provider = fixtures.approvedProvider("Scoped yard");
        long atA1 = fixtures.submittedVisit(visitor, provider, LocalDateTime.of(2026, 3, 2, 10, 0));
        long moved = fixtures.submittedVisit(visitor, provider, LocalDateTime.of(2026, 3, 3, 10, 0));
        long byA2 = fixtures.submittedVisit("a2.dsl", provider, LocalDateTime.of(2026, 3, 4, 10, 0));
        try {
            // none elsewhere yet: the school alone, counted from the kept counts
            assertCountEqualsRows(visitor, VisitFilter.ANY);
            assertCountEqualsRows(visitor, VisitFilter.ANY.withStatus(VisitStatus.SUBMITTED));
            assertCountEqualsRows("a1.aplead", VisitFilter.ANY);
            assertCountEqualsRows("a.trustlead", VisitFilter.ANY);
            assertCountEqualsRows("a.trustlead", VisitFilter.ANY.withSchool(world.schoolA2));
            assertThat(ids(visitor, VisitFilter.ANY.withProvider(provider))).containsExactlyInAnyOrder(atA1, moved);

            // one of the visitor's visits now belongs to school A2: the visitor still sees it, A1's AP lead not
            jdbc.update("update visit set school_id = ? where id = ?", world.schoolA2, moved);
            assertThat(ids(visitor, VisitFilter.ANY.withProvider(provider))).containsExactlyInAnyOrder(atA1, moved);
            assertThat(ids("a1.aplead", VisitFilter.ANY.withProvider(provider))).containsExactly(atA1);
            assertThat(ids("a2.dsl", VisitFilter.ANY.withProvider(provider))).containsExactlyInAnyOrder(moved, byA2);
            assertCountEqualsRows(visitor, VisitFilter.ANY);
            assertCountEqualsRows(visitor, VisitFilter.ANY.withStatus(VisitStatus.SUBMITTED));
            assertCountEqualsRows(visitor, VisitFilter.ANY.withSchool(world.schoolA2));
            assertCountEqualsRows("a1.aplead", VisitFilter.ANY);
            assertThat(as(visitor, () -> visits.count(VisitFilter.ANY.withProvider(provider)))).isEqualTo(2);
            // the sort's tie-break follows its direction; both directions page through the same visits
            assertThat(as(visitor, () -> visits.list(VisitFilter.ANY.withProvider(provider),
                    PageRequest.of(0, 50, Sort.by("type").ascending()))).stream().map(VisitRow::id))
                    .containsExactly(atA1, moved);
            assertThat(as(visitor, () -> visits.list(VisitFilter.ANY.withProvider(provider),
                    PageRequest.of(0, 50, Sort.by("type").descending()))).stream().map(VisitRow::id))
                    .containsExactly(moved, atA1);
        } finally {
            jdbc.update("delete from visit where id in (?, ?, ?)", atA1, moved, byA2);
        }
    }

    private void assertCountEqualsRows(String username, VisitFilter filter) {
        long rows = as(username, () -> visits.list(filter, PageRequest.of(0, 100_000))).size();
        assertThat(as(username, () -> visits.count(filter))).as(username + " " + filter).isEqualTo(rows);
    }

    private List<Long> ids(String username, VisitFilter filter) {
        return as(username, () -> visits.list(filter, PageRequest.of(0, 50))).stream().map(VisitRow::id).toList();
    }

    private void assertKeptEqualsCounted() {
        Map<String, Long> kept = jdbc.query("select school_id, status, n from visit_count where n > 0",
                (rs, i) -> Map.entry(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> counted = jdbc.query("select school_id, status, count(*) from visit group by school_id,"
                + " status", (rs, i) -> Map.entry(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(kept).isEqualTo(counted);
        assertThat(jdbc.queryForObject("select count(*) from visit_count where n < 0", Long.class)).isZero();
    }
}
