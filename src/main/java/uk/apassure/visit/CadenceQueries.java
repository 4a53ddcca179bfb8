package uk.apassure.visit;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.apassure.base.time.DateBounds;

/**
 * The visit cadence rule ({@link VisitCadence}, 003) counted in MariaDB for many placements at once:
 * for each school and provider, how many active placements have a known due date today and how many of
 * those are not overdue. The same rule as the Java one, step by step: the clock starts at the school's
 * last counted visit to the provider since the placement's start (else at the start); the sessions that
 * count are those of the placement's timetable at that provider on the school's school days (half-terms
 * of its own calendar, less weekends, bank holidays, INSET days and closures) from the day after the
 * visit (or the start) to the day before a month has passed (or the placement's end); the visit is due
 * on the day of the tenth such session, else a month after the clock started; overdue the day after.
 * A placement whose walk to its due date reaches a day in an academic year its school has not set up
 * has no known due date ({@link VisitCadence.Due#NO_CALENDAR}) and is not counted.
 * {@code CadenceSqlTest} checks it against the Java rule.
 */
@Repository
class CadenceQueries {

    /** At most a month of days (31) from the first counted day. */
    private static final String COUNTS = """
            WITH RECURSIVE step (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM step WHERE i < 31),
            last_visit AS (
                SELECT v.school_id, v.provider_id, DATE(MAX(v.visited_at)) AS visited_on
                FROM visit v
                WHERE v.trust_id = :trust AND v.school_id IN (:schools) AND v.status = 'SUBMITTED'
                  AND v.type IN (:types) AND v.visited_at BETWEEN :earliest AND :latest
                GROUP BY v.school_id, v.provider_id),
            pair AS (
                SELECT p.id AS placement_id, p.school_id, s.provider_id, MIN(p.starts_on) AS starts_on,
                       MIN(p.ends_on) AS ends_on
                FROM placement p JOIN placement_session s ON s.placement_id = p.id
                WHERE p.status = 'ACTIVE' AND p.school_id IN (:schools)
                GROUP BY p.id, p.school_id, s.provider_id),
            started AS (
                SELECT pr.placement_id, pr.school_id, pr.provider_id, pr.ends_on,
                       COALESCE(lv.visited_on, pr.starts_on) + INTERVAL 1 MONTH AS month_later,
                       IF(lv.visited_on IS NULL, pr.starts_on, lv.visited_on + INTERVAL 1 DAY) AS first_counted
                FROM pair pr LEFT JOIN last_visit lv ON lv.school_id = pr.school_id
                     AND lv.provider_id = pr.provider_id AND lv.visited_on >= pr.starts_on),
            win AS (
                SELECT st.*, IF(st.ends_on IS NOT NULL AND st.ends_on < st.month_later, st.ends_on,
                                st.month_later - INTERVAL 1 DAY) AS last_counted
                FROM started st),
            walked AS (
                SELECT w.placement_id, w.provider_id, w.first_counted + INTERVAL o.i DAY AS day,
                       y.id IS NOT NULL AS configured,
                       IF(y.id IS NOT NULL AND WEEKDAY(w.first_counted + INTERVAL o.i DAY) < 5
                          AND EXISTS (SELECT 1 FROM school_half_term h WHERE h.year_id = y.id
                                      AND w.first_counted + INTERVAL o.i DAY BETWEEN h.starts_on AND h.ends_on)
                          AND NOT EXISTS (SELECT 1 FROM bank_holiday b
                                          WHERE b.holiday_date = w.first_counted + INTERVAL o.i DAY)
                          AND NOT EXISTS (SELECT 1 FROM school_closure c WHERE c.year_id = y.id
                                          AND c.closed_on = w.first_counted + INTERVAL o.i DAY),
                          (SELECT COUNT(*) FROM placement_session s WHERE s.placement_id = w.placement_id
                           AND s.provider_id = w.provider_id
                           AND s.day_of_week = ELT(WEEKDAY(w.first_counted + INTERVAL o.i DAY) + 1,
                               'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')), 0) AS sessions
                FROM win w
                JOIN step o ON o.i <= DATEDIFF(w.last_counted, w.first_counted)
                LEFT JOIN school_year y ON y.school_id = w.school_id
                     AND y.start_year = YEAR(w.first_counted + INTERVAL o.i DAY)
                                        - (MONTH(w.first_counted + INTERVAL o.i DAY) < 9)),
            reached AS (
                SELECT placement_id, provider_id, day, configured, sessions,
                       SUM(sessions) OVER (PARTITION BY placement_id, provider_id ORDER BY day) AS so_far
                FROM walked),
            due AS (
                SELECT w.school_id, w.provider_id,
                       COALESCE(MAX(r.configured = 0 AND r.so_far - r.sessions < :tenth), 0) AS no_calendar,
                       COALESCE(MIN(IF(r.so_far >= :tenth, r.day, NULL)), w.month_later) AS due_on
                FROM win w LEFT JOIN reached r ON r.placement_id = w.placement_id AND r.provider_id = w.provider_id
                GROUP BY w.placement_id, w.school_id, w.provider_id, w.month_later)
            SELECT school_id, provider_id, COUNT(*) AS placements, SUM(due_on >= :today) AS within_cadence
            FROM due WHERE no_calendar = 0
            GROUP BY school_id, provider_id
            ORDER BY school_id, provider_id
            """;

    private static final List<String> COUNTED = Arrays.stream(VisitType.values()).filter(VisitType::countsForCadence)
            .map(Enum::name).toList();

    private final NamedParameterJdbcTemplate jdbc;

    CadenceQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The counts of these schools of the trust on {@code today}; visits up to {@code now} (with the
     * clock leeway of {@link VisitDates}) count.
     */
    List<CadenceCount> counts(long trustId, Collection<Long> schoolIds, LocalDate today, LocalDateTime now) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("trust", trustId)
                .addValue("schools", schoolIds)
                .addValue("types", COUNTED)
                .addValue("earliest", DateBounds.EARLIEST.atStartOfDay())
                .addValue("latest", VisitDates.latest(now))
                .addValue("today", Date.valueOf(today))
                .addValue("tenth", VisitCadence.SESSIONS_BETWEEN_VISITS);
        return jdbc.query(COUNTS, params, (rs, n) -> new CadenceCount(rs.getLong("school_id"), rs.getLong("provider_id"),
                rs.getLong("placements"), rs.getLong("within_cadence")));
    }
}
