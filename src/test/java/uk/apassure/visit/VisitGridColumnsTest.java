package uk.apassure.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;

/**
 * What V44 keeps on the visit for the grid: its provider's and school's names (written when the
 * visit starts, renamed by triggers with the provider or school, whoever renames), sorted on without
 * a join; and "a concern in any area" computed by the database, which the judgement filter reads.
 */
class VisitGridColumnsTest extends IntegrationTest {

    @Autowired
    VisitService visits;

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_grid_shows_and_sorts_on_names_that_follow_a_rename() {
        long zed = fixtures.approvedProvider("Zed yard");
        long alpha = fixtures.approvedProvider("Alpha yard");
        long atZed = fixtures.submittedVisit("a1.aplead", zed, LocalDateTime.of(2026, 3, 2, 10, 0));
        long atAlpha = fixtures.submittedVisit("a1.aplead", alpha, LocalDateTime.of(2026, 3, 1, 10, 0));
        long draft = fixtures.draftVisit("a1.visitor", alpha);
        String schoolName = jdbc.queryForObject("select name from school where id = ?", String.class, world.schoolA1);
        try {
            assertThat(kept(atZed)).containsExactly(name(zed), schoolName);
            assertThat(kept(draft)).containsExactly(name(alpha), schoolName);
            assertThat(ids("a.trustlead", Sort.by("providerName").ascending(), zed, alpha))
                    .containsExactly(atAlpha, draft, atZed);
            assertThat(ids("a1.aplead", Sort.by("providerName").descending(), zed, alpha))
                    .containsExactly(atZed, draft, atAlpha);

            // a rename, by the application or by SQL, reaches every visit to that provider (a trigger)
            jdbc.update("update provider set name = 'Zzz renamed yard' where id = ?", alpha);
            assertThat(kept(atAlpha)).containsExactly("Zzz renamed yard", schoolName);
            assertThat(kept(draft)).containsExactly("Zzz renamed yard", schoolName);
            assertThat(kept(atZed)).containsExactly(name(zed), schoolName);
            assertThat(ids("a.trustlead", Sort.by("providerName").ascending(), zed, alpha))
                    .containsExactly(atZed, atAlpha, draft);
            assertThat(as("a.trustlead", () -> visits.list(VisitFilter.ANY.withProvider(alpha),
                    PageRequest.of(0, 50))).stream().map(VisitRow::providerName)).containsOnly("Zzz renamed yard");

            jdbc.update("update school set name = 'Renamed school for a test' where id = ?", world.schoolA1);
            assertThat(kept(atZed)).containsExactly(name(zed), "Renamed school for a test");
            assertThat(as("a1.aplead", () -> visits.list(VisitFilter.ANY.withProvider(zed),
                    PageRequest.of(0, 50))).stream().map(VisitRow::schoolName))
                    .containsOnly("Renamed school for a test");
        } finally {
            jdbc.update("update school set name = ? where id = ?", schoolName, world.schoolA1);
            jdbc.update("delete from visit where id in (?, ?, ?)", atZed, atAlpha, draft);
        }
    }

    @Test
    void within_one_school_the_sort_by_school_is_the_sort_by_time_in_either_direction() {
        long provider = fixtures.approvedProvider("Timed yard");
        long older = fixtures.submittedVisit("a1.aplead", provider, LocalDateTime.of(2026, 2, 2, 10, 0));
        long newer = fixtures.submittedVisit("a1.aplead", provider, LocalDateTime.of(2026, 2, 3, 10, 0));
        long elsewhere = fixtures.submittedVisit("a2.dsl", provider, LocalDateTime.of(2026, 2, 4, 10, 0));
        try {
            assertThat(ids("a1.aplead", Sort.by("schoolName").ascending(), provider)).containsExactly(older, newer);
            assertThat(ids("a1.aplead", Sort.by("schoolName").descending(), provider)).containsExactly(newer, older);
            // a filter by school does the same for the trust lead
            assertThat(as("a.trustlead", () -> visits.list(VisitFilter.ANY.withProvider(provider)
                    .withSchool(world.schoolA1), PageRequest.of(0, 50, Sort.by("schoolName").descending())))
                    .stream().map(VisitRow::id)).containsExactly(newer, older);
            // across the trust the school's name comes first
            String a1 = jdbc.queryForObject("select name from school where id = ?", String.class, world.schoolA1);
            String a2 = jdbc.queryForObject("select name from school where id = ?", String.class, world.schoolA2);
            List<Long> expected = a1.compareToIgnoreCase(a2) < 0 ? List.of(older, newer, elsewhere)
                    : List.of(elsewhere, older, newer);
            assertThat(ids("a.trustlead", Sort.by("schoolName").ascending(), provider)).isEqualTo(expected);
        } finally {
            jdbc.update("delete from visit where id in (?, ?, ?)", older, newer, elsewhere);
        }
    }

    @Test
    void a_concern_in_any_area_is_found_by_the_judgement_filter_and_counted_alike() {
        long provider = fixtures.approvedProvider("Judged yard");
        long good = fixtures.submittedVisit("a1.aplead", provider, LocalDateTime.of(2026, 3, 2, 10, 0));
        long siteConcern = fixtures.submittedVisit("a1.aplead", provider, LocalDateTime.of(2026, 3, 3, 10, 0));
        long teachingConcern = fixtures.submittedVisit("a1.aplead", provider, LocalDateTime.of(2026, 3, 4, 10, 0));
        long adequate = fixtures.submittedVisit("a1.aplead", provider, LocalDateTime.of(2026, 3, 5, 10, 0));
        try {
            jdbc.update("update visit set judgement_site_safety = 'CONCERN' where id = ?", siteConcern);
            jdbc.update("update visit set judgement_teaching = 'CONCERN' where id = ?", teachingConcern);
            jdbc.update("update visit set judgement_behaviour = 'ADEQUATE' where id = ?", adequate);
            assertThat(jdbc.queryForList("select any_concern from visit where id in (?, ?, ?, ?) order by id",
                    Boolean.class, good, siteConcern, teachingConcern, adequate))
                    .containsExactly(false, true, true, false);

            VisitFilter concern = VisitFilter.ANY.withProvider(provider).withJudgement(Judgement.CONCERN);
            for (String user : List.of("a1.aplead", "a.trustlead")) {
                assertThat(as(user, () -> visits.list(concern, PageRequest.of(0, 50))).stream().map(VisitRow::id))
                        .as(user).containsExactly(teachingConcern, siteConcern);
                assertThat(as(user, () -> visits.count(concern))).as(user).isEqualTo(2);
            }
            VisitFilter adequateAnywhere = VisitFilter.ANY.withProvider(provider).withJudgement(Judgement.ADEQUATE);
            assertThat(as("a1.aplead", () -> visits.list(adequateAnywhere, PageRequest.of(0, 50))).stream()
                    .map(VisitRow::id)).containsExactly(adequate);

            // the concern is put right: the visit leaves the filter
            jdbc.update("update visit set judgement_site_safety = 'ADEQUATE' where id = ?", siteConcern);
            assertThat(as("a1.aplead", () -> visits.list(concern, PageRequest.of(0, 50))).stream().map(VisitRow::id))
                    .containsExactly(teachingConcern);
            assertThat(as("a1.aplead", () -> visits.count(concern))).isEqualTo(1);
        } finally {
            jdbc.update("delete from visit where id in (?, ?, ?, ?)", good, siteConcern, teachingConcern, adequate);
        }
    }

    @Test
    void bulk_sql_can_insert_many_visits_in_one_statement() {
        // MariaDB 11.4 fails a multi-row INSERT ... SELECT into a table with any BEFORE trigger ("Column
        // 'trust_id' cannot be null" from the second row), which the benchmarks' and any bulk load use:
        // V44 keeps the names without one
        long provider = fixtures.approvedProvider("Copied yard");
        long first = fixtures.submittedVisit("a1.aplead", provider, LocalDateTime.of(2026, 3, 2, 10, 0));
        long second = fixtures.submittedVisit("a1.aplead", provider, LocalDateTime.of(2026, 3, 3, 10, 0));
        try {
            int copied = jdbc.update("INSERT INTO visit (trust_id, school_id, provider_id, site_id, status, visited_at,"
                    + " type, visitors, judgement_safeguarding, judgement_teaching, judgement_behaviour,"
                    + " judgement_attendance, judgement_site_safety, notes, recorded_by_id, recorded_by_name, created_at,"
                    + " updated_at, submitted_at, provider_name, school_name)"
                    + " SELECT trust_id, school_id, provider_id, site_id, status, visited_at, type, visitors,"
                    + " judgement_safeguarding, judgement_teaching, 'CONCERN', judgement_attendance,"
                    + " judgement_site_safety, notes, recorded_by_id, recorded_by_name, created_at, updated_at,"
                    + " submitted_at, provider_name, school_name FROM visit WHERE id IN (?, ?)", first, second);
            assertThat(copied).isEqualTo(2);
            assertThat(jdbc.queryForList("select trust_id from visit where provider_id = ? and any_concern",
                    Long.class, provider)).containsExactly(world.trustA, world.trustA);
        } finally {
            jdbc.update("delete from visit where provider_id = ?", provider);
        }
    }

    private List<String> kept(long visit) {
        return jdbc.queryForObject("select provider_name, school_name from visit where id = ?",
                (rs, i) -> List.of(rs.getString(1), rs.getString(2)), visit);
    }

    private String name(long provider) {
        return jdbc.queryForObject("select name from provider where id = ?", String.class, provider);
    }

    /** The visits to these providers the user's grid lists, in the grid's order. */
    private List<Long> ids(String username, Sort sort, long... providers) {
        StringBuilder in = new StringBuilder("0");
        for (long provider : providers) {
            in.append(", ").append(provider);
        }
        List<Long> theirs = jdbc.queryForList("select id from visit where provider_id in (" + in + ")", Long.class);
        return as(username, () -> visits.list(VisitFilter.ANY, PageRequest.of(0, 100_000, sort))).stream()
                .map(VisitRow::id).filter(theirs::contains).toList();
    }
}
