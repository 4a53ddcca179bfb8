package uk.apassure.benchmark;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uk.apassure.placement.Upn;

/**
 * Years of history for the comparison benchmark, straight into MariaDB (batched SQL, no entities):
 * each school's half-terms for six academic years, and per school a number of placements a year
 * starting on Mondays across the five years before today, each 26 weeks long, with Tuesday (AM, PM)
 * and Thursday (AM) at one approved provider (a quarter of them Thursday at a second one), a mark
 * for every session up to today, a signed review in most half-terms it spans, a submitted visit every
 * six weeks and a safeguarding concern on one visit in fifty. The providers come from
 * {@link uk.apassure.demo.BulkProviders}. Benchmark data only: the half-terms are fixed dates, not a
 * school's real calendar.
 */
final class BulkHistory {

    private static final String[] FIRST = {"Alex", "Sam", "Jordan", "Casey", "Riley", "Morgan", "Jamie", "Taylor"};
    private static final String[] LAST = {"Ashby", "Brook", "Carver", "Dale", "Ellery", "Fenn", "Garside", "Hollins",
            "Ingram"};
    private static final String HALF_TERMS = """
            SELECT 1 AS position, 'Autumn 1' AS name, 9 AS m1, 3 AS d1, 10 AS m2, 23 AS d2, 0 AS next
            UNION ALL SELECT 2, 'Autumn 2', 11, 2, 12, 19, 0
            UNION ALL SELECT 3, 'Spring 1', 1, 5, 2, 13, 1
            UNION ALL SELECT 4, 'Spring 2', 2, 23, 3, 31, 1
            UNION ALL SELECT 5, 'Summer 1', 4, 15, 5, 22, 1
            UNION ALL SELECT 6, 'Summer 2', 6, 1, 7, 21, 1""";
    private static final String WEEKS = IntStream.range(0, 26).mapToObj(w -> "SELECT " + w + " AS w")
            .collect(Collectors.joining(" UNION ALL "));
    private static final String MARK_DAY = "DATE_ADD(pl.starts_on, INTERVAL w.w * 7"
            + " + IF(s.day_of_week = 'TUESDAY', 1, 3) DAY)";
    private static final String VISIT_AT = "TIMESTAMP(DATE_ADD(pl.starts_on, INTERVAL w.w * 7 + 1 DAY), '10:00')";
    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;

    BulkHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Written on one connection with {@code @apassure_bulk_load} set, so the attendance tally's triggers
     * (V32, V39) do not count each of the million marks as it is written; the tally is rebuilt afterwards
     * in one statement ({@code attendance_tally_rebuild()}, checked by {@code AttendanceTallyTest}).
     *
     * @return the number of placements made
     */
    int generate(long trustId, long userId, int placementsPerSchoolYear, LocalDate today) {
        return Objects.requireNonNull(jdbc.execute((ConnectionCallback<Integer>) connection -> {
            JdbcTemplate one = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            one.execute("SET @apassure_bulk_load = 1");
            try {
                int made = new BulkHistory(one).load(trustId, userId, placementsPerSchoolYear, today);
                one.execute("CALL attendance_tally_rebuild()");
                return made;
            } finally {
                one.execute("SET @apassure_bulk_load = NULL");
            }
        }));
    }

    private int load(long trustId, long userId, int placementsPerSchoolYear, LocalDate today) {
        List<Long> schools = jdbc.queryForList("SELECT id FROM school WHERE trust_id = ? ORDER BY id", Long.class,
                trustId);
        int providers = jdbc.queryForObject("SELECT COUNT(*) FROM provider WHERE trust_id = ?"
                + " AND status IN ('APPROVED', 'APPROVED_WITH_CONDITIONS')", Integer.class, trustId);
        calendars(schools, today);
        LocalDate firstMonday = today.minusYears(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        int perSchool = placementsPerSchoolYear * 5;
        String sql = "INSERT INTO pupil (school_id, first_name, last_name, upn, date_of_birth, year_group, sen)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'NONE')";
        List<Object[]> batch = new ArrayList<>(BATCH);
        int n = 0;
        for (long school : schools) {
            for (int i = 0; i < perSchool; i++, n++) {
                batch.add(new Object[] {school, FIRST[n % FIRST.length], LAST[(n / FIRST.length) % LAST.length],
                        Upn.withCheckLetter(String.format("%012d", 600_000_000_000L + n)),
                        Date.valueOf(LocalDate.of(2008, 9, 1).plusDays(n % 1500)), 7 + n % 5});
                if (batch.size() == BATCH) {
                    jdbc.batchUpdate(sql, batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
        Date todayDate = Date.valueOf(today);
        // starts on a Monday within the five years (about evenly), 26 weeks to the Friday
        jdbc.update("INSERT INTO placement (school_id, pupil_id, pupil_sort_name, type, status, starts_on, ends_on,"
                + " aims, planned_outcomes, cost_per_session, destination, qualifications_gained, created_by, created_at)"
                + " SELECT g.school_id, g.id, g.sort_name, ELT(g.id MOD 5 + 1, 'OFF_SITE_DIRECTION',"
                + "   'SUSPENSION_PROVISION', 'MEDICAL_SEMH', 'VOCATIONAL', 'PART_TIME_TIMETABLE'),"
                + "   IF(g.ends_on >= ?, 'ACTIVE', IF(g.id MOD 3 = 0, 'REINTEGRATED', 'ENDED')), g.starts_on, g.ends_on,"
                + "   'Re-engage with learning', 'Attendance above 90%', 40 + g.id MOD 60,"
                + "   IF(g.ends_on < ?, IF(g.id MOD 2 = 0, 'College', 'Back at school'), NULL), IF(g.ends_on < ?, g.id MOD 3, NULL),"
                + "   'Benchmark', NOW(6)"
                + " FROM (SELECT pu.id, pu.school_id, CONCAT(pu.last_name, ' ', pu.first_name) AS sort_name,"
                + "   DATE_ADD(?, INTERVAL (pu.id * 37) MOD 255 WEEK) AS starts_on,"
                + "   DATE_ADD(?, INTERVAL (pu.id * 37) MOD 255 * 7 + 179 DAY) AS ends_on"
                + "   FROM pupil pu JOIN school s ON s.id = pu.school_id WHERE s.trust_id = ?"
                + "   AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.pupil_id = pu.id)) g",
                todayDate, todayDate, todayDate, Date.valueOf(firstMonday), Date.valueOf(firstMonday), trustId);
        jdbc.update("INSERT INTO placement_session (placement_id, day_of_week, session, provider_id, site_id,"
                + " starts_at, ends_at)"
                + " SELECT pl.id, d.day_of_week, d.session, pv.provider_id, pv.site_id, d.starts_at, d.ends_at"
                + " FROM placement pl"
                + " JOIN (SELECT 'TUESDAY' AS day_of_week, 'AM' AS session, TIME '09:00' AS starts_at,"
                + "   TIME '12:00' AS ends_at, 1 AS slot UNION ALL SELECT 'TUESDAY', 'PM', TIME '13:00', TIME '15:00', 2"
                + "   UNION ALL SELECT 'THURSDAY', 'AM', TIME '09:00', TIME '12:00', 3) d"
                + " JOIN (SELECT p.id AS provider_id, MIN(s.id) AS site_id, ROW_NUMBER() OVER (ORDER BY p.id) - 1 AS n"
                + "   FROM provider p JOIN provider_site s ON s.provider_id = p.id AND s.kind = 'MAIN'"
                + "   WHERE p.trust_id = ? AND p.status IN ('APPROVED', 'APPROVED_WITH_CONDITIONS') GROUP BY p.id) pv"
                + "   ON pv.n = IF(d.slot = 3 AND pl.id MOD 4 = 0, pl.id * 7, pl.id) MOD ?"
                + " WHERE pl.created_by = 'Benchmark'", trustId, providers);
        for (long school : schools) {
            jdbc.update("INSERT INTO attendance_mark (placement_id, school_id, on_date, session, mark, source,"
                    + " marked_by_id, marked_by_name, marked_at)"
                    + " SELECT pl.id, pl.school_id, " + MARK_DAY + ", s.session,"
                    + "   ELT((pl.id + w.w * 3 + (s.day_of_week = 'THURSDAY') * 2 + (s.session = 'PM')) MOD 10 + 1,"
                    + "     'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'LATE',"
                    + "     'AUTHORISED_ABSENCE', 'UNAUTHORISED_ABSENCE', 'NOT_EXPECTED'),"
                    + "   'TAP', ?, 'Bench Lead', NOW(6)"
                    + " FROM placement pl JOIN placement_session s ON s.placement_id = pl.id"
                    + " JOIN (" + WEEKS + ") w"
                    + " WHERE pl.school_id = ? AND pl.created_by = 'Benchmark' AND " + MARK_DAY + " <= ?",
                    userId, school, todayDate);
        }
        jdbc.update("INSERT INTO placement_review (placement_id, school_id, status, held_on, kind,"
                + " attendance_percent, behaviour, welfare, pupil_views, parent_views, decision, decision_note,"
                + " drafted_by_id, drafted_by_name, created_at, updated_at, signed_by_id, signed_by_name, signed_at)"
                + " SELECT pl.id, pl.school_id, 'SIGNED', DATE_SUB(h.ends_on, INTERVAL 5 DAY), 'HALF_TERMLY', 90,"
                + "   '', '', '', '', 'CONTINUE', '', ?, 'Bench Lead', NOW(6), NOW(6), ?, 'Bench Lead', NOW(6)"
                + " FROM placement pl JOIN school_year y ON y.school_id = pl.school_id"
                + " JOIN school_half_term h ON h.year_id = y.id"
                + " WHERE pl.created_by = 'Benchmark' AND pl.starts_on <= h.starts_on AND pl.ends_on >= h.ends_on"
                + "   AND h.ends_on < ? AND (pl.id + h.position) MOD 8 <> 0", userId, userId, todayDate);
        jdbc.update("INSERT INTO visit (trust_id, school_id, provider_id, site_id, status, visited_at, type, visitors,"
                + " judgement_safeguarding, judgement_teaching, judgement_behaviour, judgement_attendance,"
                + " judgement_site_safety, notes, recorded_by_id, recorded_by_name, created_at, updated_at, submitted_at,"
                + " provider_name, school_name)"
                + " SELECT ?, pl.school_id, s.provider_id, s.site_id, 'SUBMITTED', " + VISIT_AT + ", 'QA_MONITORING',"
                + "   'Bench Lead', 'GOOD', 'GOOD', 'ADEQUATE', 'GOOD', 'GOOD', '', ?, 'Bench Lead', " + VISIT_AT + ","
                + VISIT_AT + ", " + VISIT_AT + ", pr.name, sc.name"
                + " FROM placement pl JOIN placement_session s ON s.placement_id = pl.id AND s.day_of_week = 'TUESDAY'"
                + "   AND s.session = 'AM'"
                + " JOIN provider pr ON pr.id = s.provider_id JOIN school sc ON sc.id = pl.school_id"
                + " JOIN (SELECT 0 AS w UNION ALL SELECT 6 UNION ALL SELECT 12 UNION ALL SELECT 18 UNION ALL SELECT 24) w"
                + " WHERE pl.created_by = 'Benchmark' AND " + VISIT_AT + " < ?", trustId, userId, todayDate);
        jdbc.update("INSERT INTO safeguarding_concern (visit_id, description, raised_at, raised_by_id, raised_by_name,"
                + " outcome, closed_at, closed_by_name)"
                + " SELECT v.id, 'Benchmark concern', v.visited_at, ?, 'Bench Lead',"
                + "   IF(v.visited_at < ? - INTERVAL 60 DAY, 'Resolved', NULL),"
                + "   IF(v.visited_at < ? - INTERVAL 60 DAY, v.visited_at + INTERVAL 14 DAY, NULL),"
                + "   IF(v.visited_at < ? - INTERVAL 60 DAY, 'Bench Lead', NULL)"
                + " FROM visit v WHERE v.trust_id = ? AND v.id MOD 50 = 0", userId, todayDate, todayDate, todayDate,
                trustId);
        jdbc.update("UPDATE provider SET latest_audit_rag = ELT(id MOD 4 + 1, 'GREEN', 'AMBER', 'RED', NULL),"
                + " latest_audit_on = IF(id MOD 4 = 3, NULL, DATE_SUB(?, INTERVAL id MOD 700 DAY)) WHERE trust_id = ?",
                todayDate, trustId);
        return jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE created_by = 'Benchmark'", Integer.class);
    }

    /** Six half-terms a year, fixed dates, for the six academic years that reach back five years from today. */
    private void calendars(List<Long> schools, LocalDate today) {
        int lastYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        for (long school : schools) {
            for (int year = lastYear - 5; year <= lastYear; year++) {
                jdbc.update("INSERT INTO school_year (school_id, start_year) VALUES (?, ?)", school, year);
            }
        }
        jdbc.update("INSERT INTO school_half_term (year_id, position, name, starts_on, ends_on)"
                + " SELECT y.id, h.position, h.name, MAKEDATE(y.start_year + h.next, 1) + INTERVAL h.m1 - 1 MONTH"
                + "   + INTERVAL h.d1 - 1 DAY, MAKEDATE(y.start_year + h.next, 1) + INTERVAL h.m2 - 1 MONTH"
                + "   + INTERVAL h.d2 - 1 DAY"
                + " FROM school_year y JOIN school s ON s.id = y.school_id JOIN (" + HALF_TERMS + ") h"
                + " WHERE s.id IN (" + schools.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
    }
}
