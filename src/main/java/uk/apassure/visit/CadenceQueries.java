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

    /**
     * Each part is referenced once (MariaDB computes a common table expression again for every
     * reference) and materialised ({@code derived_merge=off}: merged, the window's dates would be worked
     * out again for every day of the walk); a placement whose window has no day still gives one row, with
     * no day. The last visit is looked up once per placement and provider
     * ({@code ix_visit_trust_school_provider}); its sessions a week per weekday are counted once. The walk
     * is at most a month of days (32) from the first counted day.
     */
    private static final String COUNTS = "SET STATEMENT optimizer_switch = 'derived_merge=off' FOR " + """
            WITH RECURSIVE step (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM step WHERE i < 31),
            pair AS (
                SELECT p.id AS placement_id, p.school_id, s.provider_id, MIN(p.starts_on) AS starts_on,
                       MIN(p.ends_on) AS ends_on,
                       -- sessions a week at the provider, Monday to Friday
                       SUM(s.day_of_week = 'MONDAY') AS mon, SUM(s.day_of_week = 'TUESDAY') AS tue,
                       SUM(s.day_of_week = 'WEDNESDAY') AS wed, SUM(s.day_of_week = 'THURSDAY') AS thu,
                       SUM(s.day_of_week = 'FRIDAY') AS fri,
                       (SELECT DATE(MAX(v.visited_at)) FROM visit v
                        WHERE v.trust_id = :trust AND v.school_id = p.school_id AND v.provider_id = s.provider_id
                          AND v.status = 'SUBMITTED' AND v.type IN (:types)
                          AND v.visited_at BETWEEN :earliest AND :latest) AS last_visit
                FROM placement p JOIN placement_session s ON s.placement_id = p.id
                WHERE p.status = 'ACTIVE' AND p.school_id IN (:schools)
                GROUP BY p.id, p.school_id, s.provider_id),
            started AS (
                SELECT placement_id, school_id, provider_id, ends_on, mon, tue, wed, thu, fri,
                       -- a visit before the start did not review this pupil
                       IF(last_visit >= starts_on, last_visit, NULL) AS visit, starts_on
                FROM pair),
            win AS (
                SELECT placement_id, school_id, provider_id, mon, tue, wed, thu, fri,
                       COALESCE(visit, starts_on) + INTERVAL 1 MONTH AS month_later,
                       IF(visit IS NULL, starts_on, visit + INTERVAL 1 DAY) AS first_counted,
                       IF(ends_on IS NOT NULL AND ends_on < COALESCE(visit, starts_on) + INTERVAL 1 MONTH, ends_on,
                          COALESCE(visit, starts_on) + INTERVAL 1 MONTH - INTERVAL 1 DAY) AS last_counted
                FROM started),
            spanned AS (SELECT win.*, DATEDIFF(last_counted, first_counted) AS span FROM win),
            walked AS (
                SELECT w.placement_id, w.school_id, w.provider_id, w.month_later,
                       w.first_counted + INTERVAL o.i DAY AS day,
                       o.i IS NULL OR y.id IS NOT NULL AS configured,
                       IF(y.id IS NOT NULL AND WEEKDAY(w.first_counted + INTERVAL o.i DAY) < 5
                          AND EXISTS (SELECT 1 FROM school_half_term h WHERE h.year_id = y.id
                                      AND w.first_counted + INTERVAL o.i DAY BETWEEN h.starts_on AND h.ends_on)
                          AND NOT EXISTS (SELECT 1 FROM bank_holiday b
                                          WHERE b.holiday_date = w.first_counted + INTERVAL o.i DAY
                                            AND (b.trust_id IS NULL OR b.trust_id = :trust))
                          AND NOT EXISTS (SELECT 1 FROM school_closure c WHERE c.year_id = y.id
                                          AND c.closed_on = w.first_counted + INTERVAL o.i DAY),
                          ELT(WEEKDAY(w.first_counted + INTERVAL o.i DAY) + 1, w.mon, w.tue, w.wed, w.thu, w.fri),
                          0) AS sessions
                FROM spanned w
                LEFT JOIN step o ON o.i <= w.span
                LEFT JOIN school_year y ON y.school_id = w.school_id
                     AND y.start_year = YEAR(w.first_counted + INTERVAL o.i DAY)
                                        - (MONTH(w.first_counted + INTERVAL o.i DAY) < 9)),
            reached AS (
                SELECT placement_id, school_id, provider_id, month_later, day, configured, sessions,
                       SUM(sessions) OVER (PARTITION BY placement_id, provider_id ORDER BY day) AS so_far
                FROM walked),
            due AS (
                SELECT school_id, provider_id,
                       -- the walk reached a day of a year not set up before the tenth session
                       MAX(configured = 0 AND so_far - sessions < :tenth) AS no_calendar,
                       COALESCE(MIN(IF(so_far >= :tenth, day, NULL)), MIN(month_later)) AS due_on
                FROM reached
                GROUP BY placement_id, school_id, provider_id)
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
