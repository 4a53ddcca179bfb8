package uk.apassure.attendance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.apassure.calendar.Session;

/**
 * Attendance's SQL over the placements' timetables: a page of a day's expected sessions with their
 * marks, and weekly figures counted by MariaDB with GROUP BY. School days are never counted here:
 * the caller passes each school's school days from its calendar ({@link SchoolDays}), and a session
 * is expected when the placement's timetable has that weekday and session on one of them, between
 * the placement's start and end. The first condition of every query is the schools the caller
 * scoped, so another school's pupils are never read.
 */
@Repository
class AttendanceQueries {

    private static final String DAY_FROM = """
            FROM placement p
            JOIN placement_session s ON s.placement_id = p.id AND s.day_of_week = :day
            LEFT JOIN attendance_mark m ON m.placement_id = p.id AND m.on_date = :date AND m.session = s.session
            WHERE p.school_id IN (:schools) AND p.status = 'ACTIVE' AND p.starts_on <= :date
              AND (p.ends_on IS NULL OR p.ends_on >= :date)""";

    /**
     * The page's sessions are chosen on the placement's own sort name (surname first, as registers
     * are) from the indexes, and only the page's rows are joined to their pupils and marks. The same
     * pass counts every row the filter keeps, and how many of them have no mark.
     */
    private static final String DAY_PAGE = """
            SELECT p.id, p.dual_registration, pu.first_name, pu.last_name, pu.upn, s.session, s.provider_id,
                   s.starts_at, s.ends_at, m.mark, m.version, m.marked_by_name, page.all_rows, page.all_unmarked
            FROM (SELECT p.id AS placement_id, s.session, p.pupil_sort_name, COUNT(*) OVER () AS all_rows,
                         SUM(m.id IS NULL) OVER () AS all_unmarked
                  %s
                  ORDER BY s.session, p.pupil_sort_name, p.id
                  LIMIT :limit OFFSET :offset) page
            JOIN placement p ON p.id = page.placement_id
            JOIN pupil pu ON pu.id = p.pupil_id
            JOIN placement_session s ON s.placement_id = p.id AND s.day_of_week = :day AND s.session = page.session
            LEFT JOIN attendance_mark m ON m.placement_id = p.id AND m.on_date = :date AND m.session = s.session
            ORDER BY page.session, page.pupil_sort_name, p.id""";

    private static final String DAY_TOTALS = "SELECT p.school_id, COUNT(*) AS expected,"
            + " COALESCE(SUM(m.id IS NULL), 0) AS unmarked " + DAY_FROM + " GROUP BY p.school_id";

    /** The date of a timetable slot's weekday in the week starting on {@code :monday}. */
    private static final String SLOT_DATE = "(:monday + INTERVAL (FIELD(s.day_of_week, 'MONDAY', 'TUESDAY',"
            + " 'WEDNESDAY', 'THURSDAY', 'FRIDAY') - 1) DAY)";

    /**
     * One row per placement (or provider) of a week's expected sessions: a timetable slot counts when
     * its school is open on that weekday of the week (the pairs of school and weekday the calendars
     * gave) and the placement runs that day; its mark, if any, is read from the unique key.
     */
    private static final String WEEK = """
            SELECT %1$s AS id, COUNT(*) AS expected,
                   COALESCE(SUM(m.mark IN ('PRESENT', 'LATE')), 0) AS attended,
                   COALESCE(SUM(m.mark IN ('AUTHORISED_ABSENCE', 'UNAUTHORISED_ABSENCE')), 0) AS absent,
                   COALESCE(SUM(m.mark = 'NOT_EXPECTED'), 0) AS not_expected,
                   COALESCE(SUM(m.id IS NULL), 0) AS unmarked%2$s
            FROM placement p
            JOIN placement_session s ON s.placement_id = p.id
            LEFT JOIN attendance_mark m ON m.placement_id = p.id AND m.on_date = %3$s AND m.session = s.session
            WHERE p.school_id IN (:schools) %4$s AND (p.school_id, s.day_of_week) IN (:open)
              AND p.starts_on <= %3$s AND (p.ends_on IS NULL OR p.ends_on >= %3$s)
            GROUP BY %1$s%5$s""";

    private final NamedParameterJdbcTemplate jdbc;

    AttendanceQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the sessions expected on {@code date} at these open schools, morning first, by
     * pupil; without a filter, with the day's totals counted in the same pass.
     */
    DayPage dayPage(Collection<Long> openSchools, LocalDate date, DayFilter filter, int offset, int limit) {
        if (openSchools.isEmpty()) {
            return new DayPage(List.of(), new DayTotals(0, 0));
        }
        MapSqlParameterSource params = day(openSchools, date).addValue("limit", limit).addValue("offset", offset);
        String from = DAY_FROM + (filter.unmarkedOnly() ? " AND m.id IS NULL" : "");
        if (!filter.pupil().isBlank()) {
            // the search is a bound parameter with LIKE's wildcards escaped, never SQL text
            from = from.replace("FROM placement p", "FROM placement p JOIN pupil pu ON pu.id = p.pupil_id")
                    + " AND (CONCAT(pu.first_name, ' ', pu.last_name) LIKE :pupil OR pu.upn LIKE :pupil)";
            params.addValue("pupil", "%" + filter.pupil().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        DayTotals[] totals = new DayTotals[1];
        List<DayLine> lines = jdbc.query(DAY_PAGE.formatted(from), params, (rs, n) -> {
            totals[0] = new DayTotals(rs.getInt("all_rows"), rs.getInt("all_unmarked"));
            return line(rs);
        });
        boolean whole = filter.equals(DayFilter.ALL) && !lines.isEmpty();
        return new DayPage(lines, whole ? totals[0] : null);
    }

    /**
     * By school, how many sessions the timetables of its placements running on {@code date} have that
     * weekday, and how many of them have no mark; whether the school is open that day is the caller's
     * question for the calendar.
     */
    Map<Long, DayTotals> dayTotals(Collection<Long> schools, LocalDate date) {
        if (schools.isEmpty()) {
            return Map.of();
        }
        return jdbc.query(DAY_TOTALS, day(schools, date), (rs, n) -> Map.entry(rs.getLong("school_id"),
                new DayTotals(rs.getInt("expected"), rs.getInt("unmarked")))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * By placement, and within it by provider, the sessions of the school days given for
     * {@code placementIds} (whatever their status): one page of the placements grid.
     */
    Map<Long, Map<Long, Counted>> byPlacementAndProvider(SchoolDays days, Collection<Long> placementIds) {
        if (days.isEmpty() || placementIds.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource params = week(days);
        params.addValue("placements", placementIds);
        String sql = WEEK.formatted("s.placement_id", ", s.provider_id", SLOT_DATE, "AND p.id IN (:placements)",
                ", s.provider_id");
        return jdbc.query(sql, params, (rs, n) -> new PlacementCounted(rs.getLong("id"), rs.getLong("provider_id"),
                counted(rs))).stream().collect(Collectors.groupingBy(PlacementCounted::placementId,
                        Collectors.toMap(PlacementCounted::providerId, PlacementCounted::counted)));
    }

    /** By provider, the sessions of the school days given at those providers, over the schools' active placements. */
    Map<Long, Counted> byProvider(SchoolDays days, Collection<Long> providerIds) {
        if (days.isEmpty() || providerIds.isEmpty()) {
            return Map.of();
        }
        String sql = WEEK.formatted("s.provider_id", "", SLOT_DATE,
                "AND p.status = 'ACTIVE' AND s.provider_id IN (:providers)", "");
        return jdbc.query(sql, week(days).addValue("providers", providerIds),
                (rs, n) -> Map.entry(rs.getLong("id"), counted(rs))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static MapSqlParameterSource day(Collection<Long> schools, LocalDate date) {
        return new MapSqlParameterSource("schools", schools).addValue("date", Date.valueOf(date))
                .addValue("day", date.getDayOfWeek().name());
    }

    private static MapSqlParameterSource week(SchoolDays days) {
        return new MapSqlParameterSource("schools", days.schools()).addValue("monday", Date.valueOf(days.monday()))
                .addValue("open", days.open());
    }

    private static Counted counted(ResultSet rs) throws SQLException {
        return new Counted(rs.getInt("expected"), rs.getInt("attended"), rs.getInt("absent"),
                rs.getInt("not_expected"), rs.getInt("unmarked"));
    }

    private static DayLine line(ResultSet rs) throws SQLException {
        String mark = rs.getString("mark");
        long version = rs.getLong("version");
        return new DayLine(rs.getLong("id"), rs.getBoolean("dual_registration"),
                rs.getString("first_name") + " " + rs.getString("last_name"), rs.getString("upn"),
                Session.valueOf(rs.getString("session")), rs.getLong("provider_id"), time(rs.getTime("starts_at")),
                time(rs.getTime("ends_at")), mark == null ? null : Mark.valueOf(mark), mark == null ? null : version,
                rs.getString("marked_by_name"));
    }

    private static LocalTime time(Time time) {
        return time.toLocalTime();
    }

    /** One expected session of a day's page, with its mark when there is one. */
    record DayLine(long placementId, boolean dualRegistration, String pupilName, String upn, Session session,
            long providerId, LocalTime startsAt, LocalTime endsAt, @Nullable Mark mark, @Nullable Long markVersion,
            @Nullable String markedBy) {}

    record DayTotals(int expected, int unmarked) {

        DayTotals plus(DayTotals other) {
            return new DayTotals(expected + other.expected, unmarked + other.unmarked);
        }
    }

    /** @param totals the day's, when the page's query counted them (no filter, a row read) */
    record DayPage(List<DayLine> lines, @Nullable DayTotals totals) {}

    /** Sessions expected, and how they were marked. */
    record Counted(int expected, int attended, int absent, int notExpected, int unmarked) {

        WeekFigures week(LocalDate monday) {
            return new WeekFigures(monday, expected, attended, absent, notExpected, unmarked);
        }
    }

    private record PlacementCounted(long placementId, long providerId, Counted counted) {}
}
