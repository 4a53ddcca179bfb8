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
 * The monthly attendance tally of V32 stays equal to the marks counted afresh (each mark given to the
 * provider of its timetable slot, or to "no slot", provider 0) whatever is written: marks added, changed and deleted, a timetable
 * slot moved to another provider, removed and added back; and after a bulk load (V39: the triggers skip a
 * session that sets {@code @apassure_bulk_load}), the rebuild gives the same counts. Rolled back after the test, so the hand-made
 * numbers of {@link CompareServiceTest} stay as they are.
 */
class AttendanceTallyTest extends IntegrationTest {

    private static final String AFRESH = """
            SELECT m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01') AS month, COALESCE(s.provider_id, 0) AS provider_id,
                   CAST(SUM(m.mark IN ('PRESENT', 'LATE')) AS SIGNED) AS attended,
                   CAST(SUM(m.mark <> 'NOT_EXPECTED') AS SIGNED) AS counted
            FROM attendance_mark m
            LEFT JOIN placement_session s ON s.placement_id = m.placement_id AND s.session = m.session
                 AND s.day_of_week = ELT(WEEKDAY(m.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
            GROUP BY m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01'), COALESCE(s.provider_id, 0)
            HAVING attended <> 0 OR counted <> 0
            ORDER BY 1, 2, 3""";

    private static final String TALLY = """
            SELECT school_id, DATE_FORMAT(month, '%Y-%m-01') AS month, provider_id, CAST(attended AS SIGNED) AS attended,
                   CAST(counted AS SIGNED) AS counted
            FROM attendance_tally WHERE attended <> 0 OR counted <> 0 ORDER BY 1, 2, 3""";

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
    void the_tally_follows_every_write_to_marks_and_timetables() {
        assertThat(tally()).isEqualTo(afresh()).isNotEmpty();
        long placement = jdbc.queryForObject("SELECT placement_id FROM attendance_mark WHERE school_id = ?"
                + " AND on_date = '2026-10-05' AND session = 'AM'", Long.class, data.north);

        // a mark changed, one added on a day the timetable has (Monday), one deleted
        jdbc.update("UPDATE attendance_mark SET mark = 'PRESENT' WHERE placement_id = ? AND on_date = '2026-10-12'"
                + " AND session = 'AM'", placement);
        jdbc.update("INSERT INTO attendance_mark (placement_id, school_id, on_date, session, mark, source, marked_by_id,"
                + " marked_by_name, marked_at) SELECT placement_id, school_id, '2026-11-09', 'AM', 'LATE', source,"
                + " marked_by_id, marked_by_name, marked_at FROM attendance_mark WHERE placement_id = ?"
                + " AND on_date = '2026-10-05' AND session = 'AM'", placement);
        jdbc.update("DELETE FROM attendance_mark WHERE placement_id = ? AND on_date = '2026-10-05' AND session = 'PM'",
                placement);
        assertThat(tally()).isEqualTo(afresh());

        // its Monday morning moves to another provider: the marks of Monday mornings move with it
        jdbc.update("UPDATE placement_session SET provider_id = ? WHERE placement_id = ? AND day_of_week = 'MONDAY'"
                + " AND session = 'AM'", data.workshop, placement);
        assertThat(tally()).isEqualTo(afresh());
        assertThat(monthOf(data.workshop, "2026-10-01")).isNotNull();

        // removed from the timetable, its marks count for no provider; put back, they count again
        Map<String, Object> slot = jdbc.queryForMap("SELECT * FROM placement_session WHERE placement_id = ?"
                + " AND day_of_week = 'MONDAY' AND session = 'AM'", placement);
        jdbc.update("DELETE FROM placement_session WHERE placement_id = ? AND day_of_week = 'MONDAY' AND session = 'AM'",
                placement);
        assertThat(tally()).isEqualTo(afresh());
        assertThat(monthOf(0, "2026-10-01")).isNotNull();
        jdbc.update("INSERT INTO placement_session (placement_id, day_of_week, session, provider_id, site_id, starts_at,"
                + " ends_at) VALUES (?, 'MONDAY', 'AM', ?, ?, ?, ?)", placement, data.farm, slot.get("site_id"),
                slot.get("starts_at"), slot.get("ends_at"));
        assertThat(tally()).isEqualTo(afresh());
    }

    @Test
    @Transactional
    void a_bulk_load_writes_without_the_triggers_and_the_rebuild_counts_it_afresh() {
        List<Map<String, Object>> before = tally();
        jdbc.execute("SET @apassure_bulk_load = 1");
        try {
            jdbc.update("UPDATE attendance_mark SET mark = 'PRESENT' WHERE school_id = ? AND mark <> 'PRESENT'",
                    data.north);
            jdbc.update("DELETE FROM placement_session WHERE placement_id = (SELECT MIN(placement_id)"
                    + " FROM attendance_mark WHERE school_id = ?) AND day_of_week = 'MONDAY' AND session = 'PM'",
                    data.north);
            assertThat(tally()).as("not kept during a bulk load").isEqualTo(before).isNotEqualTo(afresh());
            jdbc.update("DELETE FROM attendance_tally");
            jdbc.execute("CALL attendance_tally_rebuild()");
        } finally {
            jdbc.execute("SET @apassure_bulk_load = NULL");
        }
        assertThat(tally()).isEqualTo(afresh()).isNotEmpty();
    }

    private List<Map<String, Object>> tally() {
        return jdbc.queryForList(TALLY);
    }

    private List<Map<String, Object>> afresh() {
        return jdbc.queryForList(AFRESH);
    }

    private Map<String, Object> monthOf(long provider, String month) {
        return jdbc.queryForList("SELECT * FROM attendance_tally WHERE school_id = ? AND provider_id = ? AND month = ?"
                + " AND counted > 0", data.north, provider, month).stream().findFirst().orElse(null);
    }
}
