package uk.apassure.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.placement.Upn;

/**
 * Generates a large number of placements straight into MariaDB (batched SQL, no entities) to
 * measure the placements grid: a pupil for each, spread over the trust's schools, of every type and
 * status, starting on days across 2025-26 and 2026-27, with a week of three sessions at one of the
 * trust's approved providers and a notice sent on time, late or not at all. Afterwards the notices'
 * last days are worked out by PlacementService.refreshNoticeDeadlines (they come from the calendars).
 * Used by the large demo switch and by the benchmark; not a way to enter real data.
 */
@Component
public class BulkPlacements {

    private static final Logger log = LoggerFactory.getLogger(BulkPlacements.class);
    private static final String[] FIRST = {"Alex", "Sam", "Jordan", "Casey", "Riley", "Morgan", "Jamie", "Taylor",
            "Robin", "Charlie", "Frankie", "Ellis", "Rowan", "Harley", "Kit", "Sasha"};
    private static final String[] LAST = {"Ashby", "Brook", "Carver", "Dale", "Ellery", "Fenn", "Garside", "Hollins",
            "Ingram", "Jessop", "Kemp", "Lowther", "Marlow", "Norbury", "Oakes", "Pennock", "Quarry", "Rudd"};
    private static final int BATCH = 2000;
    /** Marks generated placements, so a second run adds weeks only to its own. */
    static final String GENERATED = "Generated";

    private final JdbcTemplate jdbc;

    BulkPlacements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void generate(long trustId, int count) {
        long started = System.nanoTime();
        List<Long> schools = jdbc.queryForList("SELECT id FROM school WHERE trust_id = ? ORDER BY id", Long.class,
                trustId);
        int providers = jdbc.queryForObject("SELECT COUNT(DISTINCT p.id) FROM provider p JOIN provider_site s"
                + " ON s.provider_id = p.id AND s.kind = 'MAIN' WHERE p.trust_id = ?"
                + " AND p.status IN ('APPROVED', 'APPROVED_WITH_CONDITIONS')", Integer.class, trustId);
        if (schools.isEmpty() || providers == 0) {
            throw new IllegalStateException("Placements need a school and an approved provider with a main site");
        }
        insertPupils(schools, count);
        String inSchools = String.join(", ", Collections.nCopies(schools.size(), "?"));
        insertPlacements(inSchools, schools);
        insertWeeks(trustId, providers, inSchools, schools);
        log.info("Generated {} placements with pupils and weeks in {} ms", count,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** One pupil a placement: Years 7 to 11, born in the school year that fits 2026-27, valid UPNs. */
    private void insertPupils(List<Long> schools, int count) {
        String sql = "INSERT INTO pupil (school_id, first_name, last_name, upn, date_of_birth, year_group, sen,"
                + " looked_after, free_school_meals) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        List<Object[]> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            int year = 7 + i % 5;
            batch.add(new Object[] {schools.get(i % schools.size()), FIRST[i % FIRST.length],
                    LAST[(i / FIRST.length) % LAST.length],
                    Upn.withCheckLetter(String.format("%012d", 700_000_000_000L + i)),
                    java.sql.Date.valueOf(LocalDate.of(2021 - year, 9, 1).plusDays(i % 365)), year,
                    i % 10 == 0 ? "EHCP" : i % 4 == 0 ? "SEN_SUPPORT" : "NONE", i % 37 == 0, i % 3 == 0});
            if (batch.size() == BATCH || i == count - 1) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
        }
    }

    /**
     * A placement for each pupil without one, starting on a weekday of the two years (from Monday
     * 8 Sep 2025): proposed when the start is ahead, else mostly active, some ended or back at
     * school. Notices sent four to eleven days before the start, one in twenty the day before, one
     * in fifty never, none yet for a start more than ten days ahead.
     */
    private void insertPlacements(String inSchools, List<Long> schools) {
        jdbc.update("INSERT INTO placement (school_id, pupil_id, pupil_sort_name, type, status, starts_on, ends_on,"
                + " aims, planned_outcomes, cost_per_session, dual_registration, notice_sent_on, destination,"
                + " created_by, created_at)"
                + " SELECT g.school_id, g.id, g.sort_name, ELT(g.id DIV 3 MOD 5 + 1, 'OFF_SITE_DIRECTION',"
                + "   'SUSPENSION_PROVISION', 'MEDICAL_SEMH', 'VOCATIONAL', 'PART_TIME_TIMETABLE'),"
                + "   IF(g.starts_on > CURDATE(), 'PROPOSED', ELT(g.id MOD 10 + 1, 'ACTIVE', 'ACTIVE', 'ACTIVE',"
                + "     'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ENDED', 'ENDED', 'REINTEGRATED')) AS status,"
                + "   g.starts_on, DATE_ADD(g.starts_on, INTERVAL 26 WEEK),"
                + "   'Re-engage with learning through practical work',"
                + "   'Attendance above 90%; a Level 1 qualification',"
                + "   40 + g.id MOD 60, g.id MOD 2 = 0,"
                + "   CASE WHEN g.id MOD 50 = 0 OR g.starts_on > CURDATE() + INTERVAL 10 DAY THEN NULL"
                + "     WHEN g.id MOD 20 = 0 THEN DATE_SUB(g.starts_on, INTERVAL 1 DAY)"
                + "     ELSE DATE_SUB(g.starts_on, INTERVAL 4 + g.id MOD 8 DAY) END,"
                + "   IF(g.starts_on <= CURDATE() AND g.id MOD 10 >= 7, 'Full-time timetable back at school', NULL),"
                + "   ?, NOW(6)"
                + " FROM (SELECT pu.id, pu.school_id, CONCAT(pu.last_name, ' ', pu.first_name) AS sort_name,"
                + "   DATE_ADD('2025-09-08', INTERVAL (pu.id * 37) MOD 94 WEEK) + INTERVAL pu.id MOD 5 DAY AS starts_on"
                + "   FROM pupil pu WHERE pu.school_id IN (" + inSchools + ")"
                + "   AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.pupil_id = pu.id)) g",
                args(GENERATED, schools));
    }

    /** Tuesday morning and afternoon and Thursday morning at one approved provider's main site, in turn. */
    private void insertWeeks(long trustId, int providers, String inSchools, List<Long> schools) {
        List<Object> args = new ArrayList<>(List.of(trustId, providers, GENERATED));
        args.addAll(schools);
        jdbc.update("INSERT INTO placement_session (placement_id, day_of_week, session, provider_id, site_id,"
                + " starts_at, ends_at)"
                + " SELECT pl.id, d.day_of_week, d.session, pv.provider_id, pv.site_id, d.starts_at, d.ends_at"
                + " FROM placement pl"
                + " JOIN (SELECT p.id AS provider_id, MIN(s.id) AS site_id, ROW_NUMBER() OVER (ORDER BY p.id) - 1 AS n"
                + "   FROM provider p JOIN provider_site s ON s.provider_id = p.id AND s.kind = 'MAIN'"
                + "   WHERE p.trust_id = ? AND p.status IN ('APPROVED', 'APPROVED_WITH_CONDITIONS') GROUP BY p.id) pv"
                + "   ON pv.n = pl.id MOD ?"
                + " JOIN (SELECT 'TUESDAY' AS day_of_week, 'AM' AS session, TIME '09:00' AS starts_at,"
                + "   TIME '12:00' AS ends_at UNION ALL SELECT 'TUESDAY', 'PM', TIME '13:00', TIME '15:00'"
                + "   UNION ALL SELECT 'THURSDAY', 'AM', TIME '09:00', TIME '12:00') d"
                + " WHERE pl.created_by = ? AND pl.school_id IN (" + inSchools + ")"
                + " AND NOT EXISTS (SELECT 1 FROM placement_session x WHERE x.placement_id = pl.id)", args.toArray());
    }

    private static Object[] args(Object first, List<Long> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }
}
