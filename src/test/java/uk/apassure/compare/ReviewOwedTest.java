package uk.apassure.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.IntegrationTest;

/**
 * The half-terms owed a review (V39's {@code review_owed}) stay equal to a fresh count whatever is written:
 * reviews signed, moved and deleted, a placement's dates and status changed, a new placement, a school's
 * half-term moved, removed and added back, a school year removed; and the rebuild a bulk load calls gives
 * the same rows. Rolled back after each test, so the hand-made numbers of {@link CompareServiceTest} stay.
 */
class ReviewOwedTest extends IntegrationTest {

    /** Every half-term of its school's calendar that a placement (not a proposal) spans, and whether it had a signed review. */
    private static final String AFRESH = """
            SELECT p.id AS placement_id, h.year_id, h.position, p.school_id, h.ends_on,
                   CAST(EXISTS (SELECT 1 FROM placement_review r WHERE r.placement_id = p.id AND r.status = 'SIGNED'
                                AND r.held_on BETWEEN h.starts_on AND h.ends_on) AS SIGNED) AS held
            FROM placement p JOIN school_year y ON y.school_id = p.school_id JOIN school_half_term h ON h.year_id = y.id
            WHERE p.status <> 'PROPOSED' AND p.starts_on <= h.starts_on AND (p.ends_on IS NULL OR p.ends_on >= h.ends_on)
            ORDER BY 1, 2, 3""";

    private static final String KEPT = """
            SELECT placement_id, year_id, position, school_id, ends_on, CAST(held AS SIGNED) AS held
            FROM review_owed ORDER BY 1, 2, 3""";

    @Autowired
    CompareData data;

    @Autowired
    JdbcTemplate jdbc;

    /** Outside the test's transaction: data made inside it would be rolled back after the first test. */
    @BeforeTransaction
    void dataSet() {
        world.ensure();
        data.ensure();
    }

    @Test
    @Transactional
    void the_rows_follow_every_write_to_reviews_placements_and_calendars() {
        assertThat(kept()).isEqualTo(afresh()).isNotEmpty();
        long n1 = placementWithReview("SIGNED", "2026-10-15");
        long n2 = placementWithReview("DRAFT", "2026-10-16");
        assertThat(held(n1, "2026-10-23")).isEqualTo(1);
        assertThat(held(n2, "2026-10-23")).isZero();

        // the draft is signed; then its date moves out of Autumn 1 into the holiday; then it is deleted
        jdbc.update("UPDATE placement_review SET status = 'SIGNED', signed_by_id = drafted_by_id,"
                + " signed_by_name = drafted_by_name, signed_at = NOW(6) WHERE placement_id = ?", n2);
        assertThat(kept()).isEqualTo(afresh());
        assertThat(held(n2, "2026-10-23")).isEqualTo(1);
        jdbc.update("UPDATE placement_review SET held_on = '2026-10-28' WHERE placement_id = ?", n2);
        assertThat(kept()).isEqualTo(afresh());
        assertThat(held(n2, "2026-10-23")).isZero();
        jdbc.update("UPDATE placement_review SET held_on = '2026-10-23' WHERE placement_id = ?", n2);
        assertThat(held(n2, "2026-10-23")).isEqualTo(1);
        jdbc.update("DELETE FROM placement_review WHERE placement_id = ?", n1);
        assertThat(kept()).isEqualTo(afresh());
        assertThat(held(n1, "2026-10-23")).isZero();

        // a placement ends a day before Autumn 2 ends (it no longer spans it), becomes a proposal, then active again
        int owed = owed(n2);
        jdbc.update("UPDATE placement SET ends_on = '2026-12-17', status = 'ENDED', destination = 'College'"
                + " WHERE id = ?", n2);
        assertThat(kept()).isEqualTo(afresh());
        assertThat(owed(n2)).isEqualTo(1);
        jdbc.update("UPDATE placement SET ends_on = NULL, status = 'PROPOSED' WHERE id = ?", n2);
        assertThat(kept()).isEqualTo(afresh());
        assertThat(owed(n2)).isZero();
        jdbc.update("UPDATE placement SET status = 'ACTIVE' WHERE id = ?", n2);
        assertThat(kept()).isEqualTo(afresh());
        assertThat(owed(n2)).isEqualTo(owed);

        // a new placement starting on the first day of Spring 1
        jdbc.update("INSERT INTO placement (school_id, pupil_id, pupil_sort_name, type, status, starts_on, aims,"
                + " planned_outcomes, created_by, created_at) SELECT school_id, pupil_id, pupil_sort_name, type,"
                + " 'ACTIVE', '2027-01-05', aims, planned_outcomes, created_by, created_at FROM placement WHERE id = ?",
                n1);
        assertThat(kept()).isEqualTo(afresh());

        // Autumn 1 starts a day earlier than n1 (2 Sep -> 31 Aug): n1 no longer spans it; removed; added back
        long year = jdbc.queryForObject("SELECT id FROM school_year WHERE school_id = ? AND start_year = 2026",
                Long.class, data.north);
        jdbc.update("UPDATE school_half_term SET starts_on = '2026-08-31' WHERE year_id = ? AND position = 1", year);
        assertThat(kept()).isEqualTo(afresh());
        assertThat(held(n2, "2026-10-23")).isNull();
        Map<String, Object> autumn1 = jdbc.queryForMap("SELECT * FROM school_half_term WHERE year_id = ?"
                + " AND position = 1", year);
        jdbc.update("DELETE FROM school_half_term WHERE year_id = ? AND position = 1", year);
        assertThat(kept()).isEqualTo(afresh());
        jdbc.update("INSERT INTO school_half_term (year_id, position, name, starts_on, ends_on) VALUES (?, 1, ?,"
                + " '2026-09-02', '2026-10-23')", year, autumn1.get("name"));
        assertThat(kept()).isEqualTo(afresh());
        assertThat(held(n2, "2026-10-23")).isEqualTo(1);

        // a whole school year goes (its half-terms by a foreign-key cascade, which fires no trigger)
        long empty = jdbc.queryForObject("SELECT id FROM school_year WHERE school_id = ? AND start_year = 2026",
                Long.class, data.south);
        jdbc.update("DELETE FROM school_year WHERE id = ?", empty);
        assertThat(kept()).isEqualTo(afresh());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_owed WHERE year_id = ?", Integer.class, empty))
                .isZero();
    }

    @Test
    @Transactional
    void a_bulk_load_writes_without_the_triggers_and_the_rebuild_counts_it_afresh() {
        long n1 = placementWithReview("SIGNED", "2026-10-15");
        List<Map<String, Object>> before = kept();
        jdbc.execute("SET @apassure_bulk_load = 1");
        try {
            jdbc.update("DELETE FROM placement_review WHERE placement_id = ?", n1);
            assertThat(kept()).as("not kept during a bulk load").isEqualTo(before).isNotEqualTo(afresh());
            jdbc.update("DELETE FROM review_owed");
            jdbc.execute("CALL review_owed_rebuild()");
        } finally {
            jdbc.execute("SET @apassure_bulk_load = NULL");
        }
        assertThat(kept()).isEqualTo(afresh()).isNotEmpty();
        assertThat(held(n1, "2026-10-23")).isZero();
    }

    /** The first of North's placements (by id) with a review of this status held on this day. */
    private long placementWithReview(String status, String heldOn) {
        return jdbc.queryForObject("SELECT MIN(r.placement_id) FROM placement_review r JOIN placement p"
                + " ON p.id = r.placement_id WHERE p.school_id = ? AND r.status = ? AND r.held_on = ?", Long.class,
                data.north, status, heldOn);
    }

    private Integer held(long placement, String halfTermEnds) {
        return jdbc.queryForList("SELECT held FROM review_owed WHERE placement_id = ? AND ends_on = ?", Integer.class,
                placement, halfTermEnds).stream().findFirst().orElse(null);
    }

    private int owed(long placement) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM review_owed WHERE placement_id = ?", Integer.class, placement);
    }

    private List<Map<String, Object>> kept() {
        return jdbc.queryForList(KEPT);
    }

    private List<Map<String, Object>> afresh() {
        return jdbc.queryForList(AFRESH);
    }
}
