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
     * Attendance by school and provider over every provider: the marks are first counted per placement,
     * AM/PM and weekday straight from the index (thousands of groups), and only those groups are matched
     * to the timetable slots; matching each of a million marks to its slot took three times as long.
     */
    private static final String ATTENDANCE_ALL = """
            SELECT g.school_id, s.provider_id, SUM(g.attended) AS attended, SUM(g.counted) AS counted
            FROM (SELECT m.school_id, m.placement_id, m.session, WEEKDAY(m.on_date) AS weekday,
                         SUM(m.mark IN ('PRESENT', 'LATE')) AS attended, SUM(m.mark <> 'NOT_EXPECTED') AS counted
                  FROM attendance_mark m
                  WHERE m.school_id IN (:schools) AND m.on_date BETWEEN :from AND :until
                  GROUP BY m.school_id, m.placement_id, m.session, WEEKDAY(m.on_date)) g
            JOIN placement_session s ON s.placement_id = g.placement_id AND s.session = g.session
                 AND s.day_of_week = ELT(g.weekday + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
            GROUP BY g.school_id, s.provider_id""";

    /** One provider's attendance by school: its timetable slots first, then only their marks. */
    private static final String ATTENDANCE_ONE = """
            SELECT m.school_id, s.provider_id, SUM(m.mark IN ('PRESENT', 'LATE')) AS attended,
                   SUM(m.mark <> 'NOT_EXPECTED') AS counted
            FROM placement_session s
            JOIN attendance_mark m ON m.placement_id = s.placement_id AND m.session = s.session
                 AND s.day_of_week = ELT(WEEKDAY(m.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
            WHERE s.provider_id = :provider AND m.school_id IN (:schools) AND m.on_date BETWEEN :from AND :until
            GROUP BY m.school_id, s.provider_id""";

    private static final String CELLS = ONE_PASS + """
            WITH pp AS (
                SELECT p.id AS placement_id, p.school_id, s.provider_id, COUNT(*) AS sessions,
                       MAX(p.cost_per_session) AS cost, MAX(p.status) AS status, MAX(p.starts_on) AS starts_on,
                       MAX(p.ends_on) AS ends_on, MAX(p.destination) AS destination,
                       MAX(p.qualifications_gained) AS qualifications
                FROM placement p JOIN placement_session s ON s.placement_id = p.id
                WHERE p.school_id IN (:schools) AND p.status <> 'PROPOSED' AND p.starts_on <= :to
                  AND (p.ends_on IS NULL OR p.ends_on >= :from) %1$s
                GROUP BY p.id, p.school_id, s.provider_id),
            pl AS (
                SELECT school_id, provider_id, COUNT(*) AS placements,
                       SUM(status IN ('ENDED', 'REINTEGRATED') AND ends_on BETWEEN :from AND :to) AS ended,
                       SUM(status = 'REINTEGRATED' AND ends_on BETWEEN :from AND :to) AS reintegrated,
                       SUM(IF(status IN ('ENDED', 'REINTEGRATED') AND ends_on BETWEEN :from AND :to,
                              COALESCE(qualifications, 0), 0)) AS qualifications,
                       SUM(status IN ('ENDED', 'REINTEGRATED') AND ends_on BETWEEN :from AND :to
                           AND destination IS NOT NULL) AS destinations,
                       SUM(cost * sessions) AS week_cost, SUM(cost IS NOT NULL) AS costed
                FROM pp GROUP BY school_id, provider_id),
            att AS (%8$s),
            rev AS (
                SELECT school_id, provider_id, COUNT(*) AS owed, SUM(held) AS held FROM (
                    SELECT pp.school_id, pp.provider_id,
                           EXISTS (SELECT 1 FROM placement_review r WHERE r.placement_id = pp.placement_id
                                   AND r.status = 'SIGNED' AND r.held_on BETWEEN h.starts_on AND h.ends_on) AS held
                    FROM pp JOIN school_year y ON y.school_id = pp.school_id
                    JOIN school_half_term h ON h.year_id = y.id
                    WHERE h.ends_on BETWEEN :from AND :to AND h.ends_on < :today
                      AND pp.starts_on <= h.starts_on AND (pp.ends_on IS NULL OR pp.ends_on >= h.ends_on)) owed
                GROUP BY school_id, provider_id),
            con AS (
                SELECT v.school_id, v.provider_id, SUM(c.closed_at IS NULL) AS open_concerns,
                       SUM(c.raised_at >= :yearAgo) AS last_year
                FROM visit v JOIN safeguarding_concern c ON c.visit_id = v.id
                WHERE v.trust_id = :trust AND v.school_id IN (:schools) %2$s
                GROUP BY v.school_id, v.provider_id),
            ren AS (
                SELECT pr.id AS provider_id, COUNT(*) AS overdue
                FROM provider pr JOIN audit_item i ON i.audit_id = pr.latest_audit_id
                WHERE pr.trust_id = :trust AND i.expires_on < :today %3$s
                GROUP BY pr.id),
            cells AS (SELECT school_id, provider_id FROM pl UNION SELECT school_id, provider_id FROM con)
            SELECT %4$s,
                   COUNT(DISTINCT CASE WHEN COALESCE(pl.placements, 0) > 0 AND pr.latest_audit_rag = 'GREEN' THEN pr.id END) AS green,
                   COUNT(DISTINCT CASE WHEN COALESCE(pl.placements, 0) > 0 AND pr.latest_audit_rag = 'AMBER' THEN pr.id END) AS amber,
                   COUNT(DISTINCT CASE WHEN COALESCE(pl.placements, 0) > 0 AND pr.latest_audit_rag = 'RED' THEN pr.id END) AS red,
                   COUNT(DISTINCT CASE WHEN COALESCE(pl.placements, 0) > 0 AND pr.latest_audit_rag IS NULL THEN pr.id END) AS unaudited,
                   COUNT(DISTINCT CASE WHEN COALESCE(pl.placements, 0) > 0 THEN pr.id END) AS providers,
                   COUNT(DISTINCT CASE WHEN COALESCE(pl.placements, 0) > 0 THEN c.school_id END) AS schools,
                   COALESCE(SUM(pl.placements), 0) AS placements,
                   %5$s AS renewals_overdue,
                   COALESCE(SUM(con.open_concerns), 0) AS open_concerns,
                   COALESCE(SUM(con.last_year), 0) AS concerns_last_year,
                   COALESCE(SUM(att.attended), 0) AS attended,
                   COALESCE(SUM(att.counted), 0) AS counted,
                   COALESCE(SUM(rev.owed), 0) AS reviews_owed,
                   COALESCE(SUM(rev.held), 0) AS reviews_held,
                   COALESCE(SUM(pl.ended), 0) AS ended,
                   COALESCE(SUM(pl.reintegrated), 0) AS reintegrated,
                   COALESCE(SUM(pl.qualifications), 0) AS qualifications,
                   COALESCE(SUM(pl.destinations), 0) AS destinations,
                   ROUND(SUM(pl.week_cost) / NULLIF(SUM(pl.costed), 0), 2) AS cost_per_week,
                   COUNT(DISTINCT CASE WHEN pr.id IN (:flagged) THEN pr.id END) AS triggered
            FROM cells c
            JOIN provider pr ON pr.id = c.provider_id AND pr.trust_id = :trust
            JOIN school sc ON sc.id = c.school_id
            LEFT JOIN pl ON pl.school_id = c.school_id AND pl.provider_id = c.provider_id
            LEFT JOIN att ON att.school_id = c.school_id AND att.provider_id = c.provider_id
            LEFT JOIN rev ON rev.school_id = c.school_id AND rev.provider_id = c.provider_id
            LEFT JOIN con ON con.school_id = c.school_id AND con.provider_id = c.provider_id
            LEFT JOIN ren ON ren.provider_id = c.provider_id
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
     *        evidence is overdue when it expired before it, and concerns of the last year are those since a year before
     */
    List<Measures> measures(Grouping grouping, CompareScope scope, LocalDate from, LocalDate to, LocalDate today,
            @Nullable Long providerId, Collection<Long> flagged) {
        if (scope.schoolIds().isEmpty()) {
            return List.of();
        }
        String sql = CELLS.formatted(
                providerId == null ? "" : "AND s.provider_id = :provider",
                providerId == null ? "" : "AND v.provider_id = :provider",
                providerId == null ? "" : "AND pr.id = :provider",
                keys(grouping),
                // a provider row sums one figure per school: the provider's own count, once
                grouping == Grouping.PROVIDER ? "COALESCE(MAX(ren.overdue), 0)" : "COALESCE(SUM(ren.overdue), 0)",
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
                providerId == null ? ATTENDANCE_ALL : ATTENDANCE_ONE);
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
        return new MapSqlParameterSource()
                .addValue("trust", scope.trustId())
                .addValue("schools", scope.schoolIds())
                .addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to))
                .addValue("until", Date.valueOf(until))
                .addValue("today", Date.valueOf(today))
                .addValue("yearAgo", Date.valueOf(today.minusYears(1)));
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
