package uk.apassure.compare;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.apassure.base.domain.Rag;
import uk.apassure.provider.ProviderType;

/**
 * The comparison's SQL: every measure is a count or a sum made by MariaDB with GROUP BY, one
 * statement per grid, never rows loaded to be counted in Java. The first condition of every part is
 * the scope's schools (and trust), so a school leader's query never reads another school's rows.
 *
 * <p>The unit is a school's use of a provider: placement-provider pairs of the period (a placement
 * with two providers counts at each, by its timetable), attendance marks given to the provider whose
 * timetable slot the session was, half-terms owed a review, concerns raised on the school's visits
 * there. Those cells are then summed by provider, by school, or by school and provider type.
 * Half-terms come from the schools' own calendars (each school's dates), never from counting weekdays.
 */
@Repository
class CompareQueries {

    /**
     * Without it MariaDB may "split" a grouped part (attendance above all) into a lateral one computed
     * again for every school (or school and provider) that joins it, each time over all that school's
     * marks of the period: minutes over five years of a 50-school trust, instead of one pass.
     */
    private static final String ONE_PASS = "SET STATEMENT optimizer_switch = 'split_materialized=off' FOR ";

    /**
     * Attendance by school and provider: whole calendar months from {@code attendance_tally} (V32, kept by
     * triggers as marks and timetables are written: a few rows a school a month), and the days of the
     * period before its first whole month and after its last straight from the marks, each mark given to
     * the provider of its timetable slot (counted per placement, AM/PM and weekday from the index first,
     * then matched to the slots). {@code %1$s} narrows the tally to one provider, {@code %2$s} the slots.
     */
    private static final String ATTENDANCE = """
            SELECT school_id, provider_id, SUM(attended) AS attended, SUM(counted) AS counted FROM (
                SELECT t.school_id, t.provider_id, SUM(t.attended) AS attended, SUM(t.counted) AS counted
                FROM attendance_tally t
                WHERE t.school_id IN (:schools) AND t.month >= :monthsFrom AND t.month < :monthsUntil %1$s
                GROUP BY t.school_id, t.provider_id
                UNION ALL
                SELECT g.school_id, s.provider_id, g.attended, g.counted
                FROM (SELECT m.school_id, m.placement_id, m.session, WEEKDAY(m.on_date) AS weekday,
                             SUM(m.mark IN ('PRESENT', 'LATE')) AS attended, SUM(m.mark <> 'NOT_EXPECTED') AS counted
                      FROM attendance_mark m
                      WHERE m.school_id IN (:schools)
                        AND (m.on_date BETWEEN :from AND :headUntil OR m.on_date BETWEEN :tailFrom AND :until)
                      GROUP BY m.school_id, m.placement_id, m.session, WEEKDAY(m.on_date)) g
                JOIN placement_session s ON s.placement_id = g.placement_id AND s.session = g.session
                     AND s.day_of_week = ELT(g.weekday + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
                     %2$s) parts
            GROUP BY school_id, provider_id""";

    /**
     * Every part is computed once: MariaDB computes a common table expression again for each reference,
     * so the placement-provider pairs ({@code pp}) are read by one part only (placements, outcomes, cost
     * and reviews owed together), and the cells are the parts put together ({@code UNION ALL}) and summed,
     * not a join of parts that would each compute the pairs again. Attendance is summed only into cells
     * with a placement or a concern ({@code is_cell}). Reviews owed and held come from {@code review_owed}
     * (V39: one row per placement and half-term it spans, kept by triggers), a range of one index instead of
     * every placement joined to its school's half-terms with a review probe in each.
     */
    private static final String CELLS = ONE_PASS + """
            WITH pp AS (
                -- sessions a week at each provider counted from the index first, then one placement lookup each
                SELECT p.id AS placement_id, p.school_id, s.provider_id, s.sessions, p.cost_per_session AS cost,
                       p.status, p.ends_on, p.destination, p.qualifications_gained AS qualifications
                FROM (SELECT s.placement_id, s.provider_id, COUNT(*) AS sessions FROM placement_session s
                      WHERE TRUE %1$s GROUP BY s.placement_id, s.provider_id) s
                JOIN placement p ON p.id = s.placement_id
                WHERE p.school_id IN (:schools) AND p.status <> 'PROPOSED' AND p.starts_on <= :to
                  AND (p.ends_on IS NULL OR p.ends_on >= :from)),
            rv AS (
                -- half-terms owed a review and those that had one (review_owed, V39: kept on write)
                SELECT o.placement_id, COUNT(*) AS owed, SUM(o.held) AS held
                FROM review_owed o
                WHERE o.school_id IN (:schools) AND o.ends_on BETWEEN :from AND :to AND o.ends_on < :today
                GROUP BY o.placement_id),
            pl AS (
                SELECT pp.school_id, pp.provider_id, 1 AS is_cell, COUNT(*) AS placements,
                       SUM(status IN ('ENDED', 'REINTEGRATED') AND ends_on BETWEEN :from AND :to) AS ended,
                       SUM(status = 'REINTEGRATED' AND ends_on BETWEEN :from AND :to) AS reintegrated,
                       SUM(IF(status IN ('ENDED', 'REINTEGRATED') AND ends_on BETWEEN :from AND :to,
                              COALESCE(qualifications, 0), 0)) AS qualifications,
                       SUM(status IN ('ENDED', 'REINTEGRATED') AND ends_on BETWEEN :from AND :to
                           AND destination IS NOT NULL) AS destinations,
                       SUM(cost * sessions) AS week_cost, SUM(cost IS NOT NULL) AS costed,
                       COALESCE(SUM(rv.owed), 0) AS owed, COALESCE(SUM(rv.held), 0) AS held,
                       0 AS open_concerns, 0 AS last_year, 0 AS attended, 0 AS counted
                FROM pp LEFT JOIN rv ON rv.placement_id = pp.placement_id
                GROUP BY pp.school_id, pp.provider_id),
            att AS (%8$s),
            con AS (
                SELECT v.school_id, v.provider_id, SUM(c.closed_at IS NULL) AS open_concerns,
                       SUM(c.raised_at >= :yearAgo) AS last_year
                FROM visit v JOIN safeguarding_concern c ON c.visit_id = v.id
                WHERE v.trust_id = :trust AND v.school_id IN (:schools) %2$s
                GROUP BY v.school_id, v.provider_id),
            cells AS (
                SELECT school_id, provider_id, SUM(placements) AS placements, SUM(ended) AS ended,
                       SUM(reintegrated) AS reintegrated, SUM(qualifications) AS qualifications,
                       SUM(destinations) AS destinations, SUM(week_cost) AS week_cost, SUM(costed) AS costed,
                       SUM(owed) AS owed, SUM(held) AS held, SUM(open_concerns) AS open_concerns,
                       SUM(last_year) AS last_year, SUM(attended) AS attended, SUM(counted) AS counted
                FROM (SELECT * FROM pl
                      UNION ALL
                      SELECT school_id, provider_id, 1, 0, 0, 0, 0, 0, NULL, 0, 0, 0, open_concerns, last_year, 0, 0
                      FROM con
                      UNION ALL
                      SELECT school_id, provider_id, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0, attended, counted
                      FROM att) parts
                GROUP BY school_id, provider_id
                HAVING MAX(is_cell) = 1)
            SELECT %4$s,
                   COUNT(DISTINCT CASE WHEN c.placements > 0 AND pr.latest_audit_rag = 'GREEN' THEN pr.id END) AS green,
                   COUNT(DISTINCT CASE WHEN c.placements > 0 AND pr.latest_audit_rag = 'AMBER' THEN pr.id END) AS amber,
                   COUNT(DISTINCT CASE WHEN c.placements > 0 AND pr.latest_audit_rag = 'RED' THEN pr.id END) AS red,
                   COUNT(DISTINCT CASE WHEN c.placements > 0 AND pr.latest_audit_rag IS NULL THEN pr.id END) AS unaudited,
                   COUNT(DISTINCT CASE WHEN c.placements > 0 THEN pr.id END) AS providers,
                   COUNT(DISTINCT CASE WHEN c.placements > 0 THEN c.school_id END) AS schools,
                   SUM(c.placements) AS placements,
                   0 AS renewals_overdue,
                   SUM(c.open_concerns) AS open_concerns,
                   SUM(c.last_year) AS concerns_last_year,
                   SUM(c.attended) AS attended,
                   SUM(c.counted) AS counted,
                   SUM(c.owed) AS reviews_owed,
                   SUM(c.held) AS reviews_held,
                   SUM(c.ended) AS ended,
                   SUM(c.reintegrated) AS reintegrated,
                   SUM(c.qualifications) AS qualifications,
                   SUM(c.destinations) AS destinations,
                   ROUND(SUM(c.week_cost) / NULLIF(SUM(c.costed), 0), 2) AS cost_per_week,
                   COUNT(DISTINCT CASE WHEN pr.id IN (:flagged) THEN pr.id END) AS triggered
            FROM cells c
            JOIN provider pr ON pr.id = c.provider_id AND pr.trust_id = :trust
            JOIN school sc ON sc.id = c.school_id
            GROUP BY %6$s
            ORDER BY %7$s
            """;

    private static final String TREND = ONE_PASS + """
            WITH ht AS (
                SELECT y.school_id, y.start_year, h.position, h.name, h.starts_on, h.ends_on
                FROM school_year y JOIN school_half_term h ON h.year_id = y.id
                WHERE y.school_id IN (:schools) AND h.starts_on <= :to AND h.ends_on >= :from),
            pp AS (
                SELECT p.id, p.school_id, MIN(p.starts_on) AS starts_on, MAX(p.ends_on) AS ends_on
                FROM placement p JOIN placement_session s ON s.placement_id = p.id
                WHERE p.school_id IN (:schools) AND p.status <> 'PROPOSED' AND s.provider_id = :provider
                  AND p.starts_on <= :to AND (p.ends_on IS NULL OR p.ends_on >= :from)
                GROUP BY p.id, p.school_id),
            att AS (
                SELECT m.school_id, m.on_date, SUM(m.mark IN ('PRESENT', 'LATE')) AS attended,
                       SUM(m.mark <> 'NOT_EXPECTED') AS counted
                FROM placement_session s
                JOIN attendance_mark m ON m.placement_id = s.placement_id AND m.session = s.session
                     AND s.day_of_week = ELT(WEEKDAY(m.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
                WHERE s.provider_id = :provider AND m.school_id IN (:schools) AND m.on_date BETWEEN :from AND :until
                GROUP BY m.school_id, m.on_date)
            SELECT start_year, position, MIN(name) AS name, MIN(starts_on) AS starts_on, MAX(ends_on) AS ends_on,
                   SUM(placements) AS placements, SUM(attended) AS attended, SUM(counted) AS counted,
                   SUM(owed) AS owed, SUM(held) AS held
            FROM (
                SELECT ht.start_year, ht.position, ht.name, ht.starts_on, ht.ends_on,
                       (SELECT COUNT(*) FROM pp WHERE pp.school_id = ht.school_id AND pp.starts_on <= ht.ends_on
                           AND (pp.ends_on IS NULL OR pp.ends_on >= ht.starts_on)) AS placements,
                       (SELECT COALESCE(SUM(att.attended), 0) FROM att WHERE att.school_id = ht.school_id
                           AND att.on_date BETWEEN ht.starts_on AND ht.ends_on) AS attended,
                       (SELECT COALESCE(SUM(att.counted), 0) FROM att WHERE att.school_id = ht.school_id
                           AND att.on_date BETWEEN ht.starts_on AND ht.ends_on) AS counted,
                       (SELECT COUNT(*) FROM pp WHERE pp.school_id = ht.school_id AND ht.ends_on < :today
                           AND pp.starts_on <= ht.starts_on AND (pp.ends_on IS NULL OR pp.ends_on >= ht.ends_on)) AS owed,
                       (SELECT COUNT(*) FROM pp WHERE pp.school_id = ht.school_id AND ht.ends_on < :today
                           AND pp.starts_on <= ht.starts_on AND (pp.ends_on IS NULL OR pp.ends_on >= ht.ends_on)
                           AND EXISTS (SELECT 1 FROM placement_review r WHERE r.placement_id = pp.id
                               AND r.status = 'SIGNED' AND r.held_on BETWEEN ht.starts_on AND ht.ends_on)) AS held
                FROM ht) per_school
            GROUP BY start_year, position
            ORDER BY start_year, position
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CompareQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The measures of the scope's schools over {@code from}…{@code to}, one row per group.
     *
     * @param providerId only this provider, or every provider when null
     * @param flagged providers over the registration trigger (their count per row is one of the measures)
     * @param today attendance is counted up to it, half-terms owe a review once ended before it,
     *        and concerns of the last year are those since a year before (renewals overdue and visit compliance are
     *        the renewals and visit features' counts, added by {@link CompareService})
     */
    List<Measures> measures(Grouping grouping, CompareScope scope, LocalDate from, LocalDate to, LocalDate today,
            @Nullable Long providerId, Collection<Long> flagged) {
        if (scope.schoolIds().isEmpty()) {
            return List.of();
        }
        String sql = CELLS.formatted(
                providerId == null ? "" : "AND s.provider_id = :provider",
                providerId == null ? "" : "AND v.provider_id = :provider",
                "",
                keys(grouping),
                "",
                switch (grouping) {
                    case PROVIDER -> "pr.id, pr.name, pr.type, pr.latest_audit_rag, pr.latest_audit_on";
                    case SCHOOL -> "c.school_id, sc.name";
                    case SCHOOL_AND_TYPE -> "c.school_id, sc.name, pr.type";
                },
                switch (grouping) {
                    case PROVIDER -> "pr.name, pr.id";
                    case SCHOOL -> "sc.name, c.school_id";
                    case SCHOOL_AND_TYPE -> "sc.name, c.school_id, pr.type";
                },
                providerId == null ? ATTENDANCE.formatted("", "")
                        : ATTENDANCE.formatted("AND t.provider_id = :provider", "AND s.provider_id = :provider"));
        MapSqlParameterSource params = params(scope, from, to, today)
                .addValue("provider", providerId)
                .addValue("flagged", flagged.isEmpty() ? List.of(-1L) : flagged);
        return jdbc.query(sql, params, (rs, n) -> measures(rs));
    }

    /** One provider's placements, attendance and reviews in each half-term of the period, by the schools' own half-terms. */
    List<HalfTermPoint> trend(CompareScope scope, long providerId, LocalDate from, LocalDate to, LocalDate today) {
        if (scope.schoolIds().isEmpty()) {
            return List.of();
        }
        return jdbc.query(TREND, params(scope, from, to, today).addValue("provider", providerId),
                (rs, n) -> new HalfTermPoint(rs.getInt("start_year"), rs.getInt("position"), rs.getString("name"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getLong("placements"), rs.getLong("attended"), rs.getLong("counted"), rs.getLong("owed"),
                        rs.getLong("held")));
    }

    /** The type of each of these providers of the trust (to put visit cadence counts in their governors' rows). */
    java.util.Map<Long, ProviderType> types(long trustId, Collection<Long> providerIds) {
        if (providerIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, ProviderType> types = new java.util.HashMap<>();
        jdbc.query("SELECT id, type FROM provider WHERE trust_id = :trust AND id IN (:ids)",
                new MapSqlParameterSource().addValue("trust", trustId).addValue("ids", providerIds),
                rs -> {
                    types.put(rs.getLong("id"), ProviderType.valueOf(rs.getString("type")));
                });
        return types;
    }

    private static MapSqlParameterSource params(CompareScope scope, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate until = to.isBefore(today) ? to : today;
        // whole calendar months inside from…until come from the tally; the days before and after them from the marks
        LocalDate monthsFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthsUntil = until.plusDays(1).getDayOfMonth() == 1 ? until.plusDays(1) : until.withDayOfMonth(1);
        LocalDate headUntil = monthsFrom.minusDays(1);
        if (!monthsFrom.isBefore(monthsUntil)) {
            monthsFrom = monthsUntil;
            headUntil = until;
            monthsUntil = monthsFrom;
        }
        LocalDate tailFrom = headUntil.equals(until) ? until.plusDays(1) : monthsUntil;
        return new MapSqlParameterSource()
                .addValue("trust", scope.trustId())
                .addValue("schools", scope.schoolIds())
                .addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to))
                .addValue("until", Date.valueOf(until))
                .addValue("today", Date.valueOf(today))
                .addValue("yearAgo", Date.valueOf(today.minusYears(1)))
                .addValue("monthsFrom", Date.valueOf(monthsFrom))
                .addValue("monthsUntil", Date.valueOf(monthsUntil))
                .addValue("headUntil", Date.valueOf(headUntil))
                .addValue("tailFrom", Date.valueOf(tailFrom));
    }

    private static String keys(Grouping grouping) {
        return switch (grouping) {
            case PROVIDER -> "pr.id AS provider_id, pr.name AS provider_name, pr.type AS type, NULL AS school_id,"
                    + " '' AS school_name, pr.latest_audit_rag AS rag, pr.latest_audit_on AS audit_on";
            case SCHOOL -> "NULL AS provider_id, '' AS provider_name, NULL AS type, c.school_id AS school_id,"
                    + " sc.name AS school_name, NULL AS rag, NULL AS audit_on";
            case SCHOOL_AND_TYPE -> "NULL AS provider_id, '' AS provider_name, pr.type AS type,"
                    + " c.school_id AS school_id, sc.name AS school_name, NULL AS rag, NULL AS audit_on";
        };
    }

    private static Measures measures(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        String rag = rs.getString("rag");
        BigDecimal cost = rs.getBigDecimal("cost_per_week");
        return new Measures(
                nullableLong(rs, "provider_id"), rs.getString("provider_name"),
                type == null ? null : ProviderType.valueOf(type),
                nullableLong(rs, "school_id"), rs.getString("school_name"),
                rag == null ? null : Rag.valueOf(rag), rs.getObject("audit_on", LocalDate.class),
                rs.getLong("green"), rs.getLong("amber"), rs.getLong("red"), rs.getLong("unaudited"),
                rs.getLong("providers"), rs.getLong("schools"), rs.getLong("placements"),
                rs.getLong("renewals_overdue"), rs.getLong("open_concerns"), rs.getLong("concerns_last_year"),
                rs.getLong("attended"), rs.getLong("counted"), rs.getLong("reviews_owed"), rs.getLong("reviews_held"),
                rs.getLong("ended"), rs.getLong("reintegrated"), rs.getLong("qualifications"),
                rs.getLong("destinations"),
                cost == null ? null : cost.setScale(2, java.math.RoundingMode.HALF_UP),
                rs.getLong("triggered"), 0, 0);
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
