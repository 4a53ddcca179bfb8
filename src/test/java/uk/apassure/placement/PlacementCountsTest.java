package uk.apassure.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;

/**
 * The placements each school has per status, kept by V37's triggers whoever writes: the grid's
 * unfiltered count and the governors' tiles read them, so after every kind of write they must equal
 * what counting the rows gives.
 */
class PlacementCountsTest extends IntegrationTest {

    @Autowired
    FullTimeFixtures fixtures;

    @Autowired
    PlacementService placements;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keptCountsFollowInsertsStatusChangesMovesAndDeletes() {
        long farm = fixtures.unregistered("Counted farm");
        long proposed = fixtures.pupil("a1.aplead", "Pat Counted").at(farm, FullTimeFixtures.hours(6)).proposed();
        long active = fixtures.pupil("a1.aplead", "Sam Counted").at(farm, FullTimeFixtures.hours(6)).active();
        fixtures.pupil("a2.aplead", "Viv Counted").at(farm, FullTimeFixtures.hours(6)).active();
        assertKeptEqualsCounted();

        jdbc.update("update placement set status = 'ENDED', destination = 'College' where id = ?", active);
        assertKeptEqualsCounted();
        jdbc.update("update placement set aims = 'no count change' where id = ?", proposed);
        assertKeptEqualsCounted();
        // a placement moved to another school (only bulk SQL does this) moves its count with it
        jdbc.update("update placement set school_id = ? where id = ?", world.schoolA2, proposed);
        assertKeptEqualsCounted();
        jdbc.update("delete from placement where id = ?", proposed);
        assertKeptEqualsCounted();
    }

    @Test
    void theGridsUnfilteredAndStatusCountsComeOutRightForEachScope() {
        long farm = fixtures.unregistered("Scoped count farm");
        fixtures.pupil("a1.aplead", "Kim Scoped").at(farm, FullTimeFixtures.hours(6)).active();
        fixtures.pupil("a2.aplead", "Lee Scoped").at(farm, FullTimeFixtures.hours(6)).proposed();

        long a1 = counted("school_id = " + world.schoolA1);
        long a1Active = counted("school_id = " + world.schoolA1 + " and status = 'ACTIVE'");
        long trust = counted("school_id in (" + world.schoolA1 + ", " + world.schoolA2 + ")");

        assertThat(as("a1.slt", () -> placements.count(PlacementFilter.ANY))).isEqualTo(a1);
        assertThat(as("a1.slt", () -> placements.count(PlacementFilter.ANY.withStatus(PlacementStatus.ACTIVE))))
                .isEqualTo(a1Active);
        assertThat(as("a.trustlead", () -> placements.count(PlacementFilter.ANY))).isEqualTo(trust);
        assertThat(as("a.trustlead", () -> placements.count(PlacementFilter.ANY.withSchool(world.schoolA1))))
                .isEqualTo(a1);
        // a school outside the user's scope counts nothing, whatever the filter asks for
        assertThat(as("a1.slt", () -> placements.count(PlacementFilter.ANY.withSchool(world.schoolA2))))
                .isZero();
        // the governor's tiles: the same numbers by status, from the kept counts
        Map<PlacementStatus, Long> tiles = as("a1.governor", () -> placements.counts()).stream()
                .collect(Collectors.toMap(PlacementCount::status, PlacementCount::count));
        assertThat(tiles.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(a1);
        assertThat(tiles.get(PlacementStatus.ACTIVE)).isEqualTo(a1Active);
    }

    @Test
    void onlyASchoolAndStatusFilterIsAnsweredFromTheKeptCounts() {
        assertThat(PlacementQueriesImpl.keptCountAnswers(PlacementFilter.ANY)).isTrue();
        assertThat(PlacementQueriesImpl.keptCountAnswers(PlacementFilter.ANY.withSchool(1L)
                .withStatus(PlacementStatus.ACTIVE))).isTrue();
        assertThat(PlacementQueriesImpl.keptCountAnswers(PlacementFilter.ANY.withType(PlacementType.values()[0])))
                .isFalse();
        assertThat(PlacementQueriesImpl.keptCountAnswers(PlacementFilter.ANY.withProvider(1L))).isFalse();
        assertThat(PlacementQueriesImpl.keptCountAnswers(PlacementFilter.ANY.withStartsFrom(
                java.time.LocalDate.of(2026, 9, 1)))).isFalse();
        assertThat(PlacementQueriesImpl.keptCountAnswers(PlacementFilter.ANY.withStartsTo(
                java.time.LocalDate.of(2026, 9, 1)))).isFalse();
        assertThat(PlacementQueriesImpl.keptCountAnswers(PlacementFilter.ANY.withFlag(PlacementFlag.NOTICE_LATE,
                true))).isFalse();
    }

    private void assertKeptEqualsCounted() {
        Map<String, Long> kept = jdbc.query("select school_id, status, n from placement_count where n > 0",
                (rs, i) -> Map.entry(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> counted = jdbc.query("select school_id, status, count(*) from placement group by school_id,"
                + " status", (rs, i) -> Map.entry(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(kept).isEqualTo(counted);
        assertThat(jdbc.queryForObject("select count(*) from placement_count where n < 0", Long.class)).isZero();
        assertThat(Set.copyOf(Arrays.asList(PlacementStatus.values())).stream().map(Enum::name).toList())
                .containsAll(kept.keySet().stream().map(key -> key.substring(key.indexOf('/') + 1)).toList());
    }

    private long counted(String where) {
        return jdbc.queryForObject("select count(*) from placement where " + where, Long.class);
    }
}
