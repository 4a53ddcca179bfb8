package uk.apassure.pupilrisk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.organisation.SchoolService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * The renewal state of pupils' risk assessments, for a renewals grid and dashboards: one row per
 * current (approved) version, the state worked out in SQL from the columns of
 * {@code pupil_risk_assessment} so that a grid filters, sorts and pages in the query. A placement
 * without an approved version is {@link PupilRiskState#NONE} and has no row here (an active one
 * cannot exist: activation requires one). Pupil data: the user's school, the trust for trust leads.
 */
@Service
@Transactional(readOnly = true)
public class PupilRiskStates {

    /** The one statement of the rule: marked for review first; else due once the next review date has come. */
    static final String STATE = "CASE WHEN a.review_needed_reason IS NOT NULL THEN 'REVIEW_NEEDED'"
            + " WHEN a.review_due_on IS NOT NULL AND a.review_due_on <= :today AND a.last_reviewed_on < a.review_due_on"
            + " THEN 'REVIEW_DUE' ELSE 'OK' END";

    private static final String ROWS = "SELECT * FROM (SELECT a.placement_id, a.school_id, a.version_no,"
            + " a.approved_by_name, a.approved_on, a.last_reviewed_on, a.review_due_on, a.review_needed_reason, "
            + STATE + " AS state FROM pupil_risk_assessment a WHERE a.status = 'APPROVED'"
            + " AND a.school_id IN (:schools)) r";

    private final NamedParameterJdbcTemplate jdbc;
    private final SchoolService schools;
    private final AccessGuard access;
    private final Clock clock;

    PupilRiskStates(NamedParameterJdbcTemplate jdbc, SchoolService schools, AccessGuard access, Clock clock) {
        this.jdbc = jdbc;
        this.schools = schools;
        this.access = access;
        this.clock = clock;
    }

    /** Rows in the user's scope, in {@code state} (any when null), the earliest review due first. */
    public List<PupilRiskStateRow> list(@Nullable PupilRiskState state, int offset, int limit) {
        return list(scope(), state, LocalDate.now(clock), offset, limit);
    }

    public long count(@Nullable PupilRiskState state) {
        List<Long> in = scope();
        if (in.isEmpty() || state == PupilRiskState.NONE) {
            return 0;
        }
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM (" + ROWS + ") c WHERE (:state IS NULL OR c.state = :state)",
                params(in, state, LocalDate.now(clock)), Long.class);
        return count == null ? 0 : count;
    }

    /** How many current assessments in the user's scope are in each state (every state present, zero when none). */
    public Map<PupilRiskState, Long> counts() {
        List<Long> in = scope();
        Map<PupilRiskState, Long> counts = new EnumMap<>(PupilRiskState.class);
        for (PupilRiskState state : PupilRiskState.values()) {
            counts.put(state, 0L);
        }
        if (!in.isEmpty()) {
            jdbc.query("SELECT c.state, COUNT(*) AS n FROM (" + ROWS + ") c GROUP BY c.state",
                    params(in, null, LocalDate.now(clock)),
                    rs -> { counts.put(PupilRiskState.valueOf(rs.getString("state")), rs.getLong("n")); });
        }
        return counts;
    }

    List<PupilRiskStateRow> list(List<Long> in, @Nullable PupilRiskState state, LocalDate today, int offset,
            int limit) {
        if (in.isEmpty() || state == PupilRiskState.NONE) {
            return List.of();
        }
        MapSqlParameterSource params = params(in, state, today).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(ROWS + " WHERE (:state IS NULL OR r.state = :state)"
                + " ORDER BY r.review_due_on IS NULL, r.review_due_on, r.placement_id LIMIT :limit OFFSET :offset",
                params, (rs, n) -> row(rs));
    }

    /** The state of one placement's assessment on {@code today}, for the service that has checked access. */
    PupilRiskState stateOf(long placementId, LocalDate today) {
        List<String> states = jdbc.queryForList("SELECT " + STATE + " FROM pupil_risk_assessment a"
                + " WHERE a.placement_id = :placement AND a.status = 'APPROVED'",
                new MapSqlParameterSource("placement", placementId).addValue("today", today), String.class);
        return states.isEmpty() ? PupilRiskState.NONE : PupilRiskState.valueOf(states.getFirst());
    }

    private List<Long> scope() {
        SignedInUser user = access.require(Permission.PUPIL_RISK_READ);
        if (access.isPermitted(Permission.TRUST_WIDE)) {
            return schools.trustSchools().stream().map(SchoolService.SchoolSummary::id).toList();
        }
        return user.schoolId() == null ? List.of() : List.of(user.schoolId());
    }

    private static MapSqlParameterSource params(List<Long> in, @Nullable PupilRiskState state, LocalDate today) {
        return new MapSqlParameterSource("schools", new ArrayList<>(in)).addValue("today", today)
                .addValue("state", state == null ? null : state.name(), Types.VARCHAR);
    }

    private static PupilRiskStateRow row(ResultSet rs) throws SQLException {
        return new PupilRiskStateRow(rs.getLong("placement_id"), rs.getLong("school_id"), rs.getInt("version_no"),
                rs.getString("approved_by_name"), rs.getObject("approved_on", LocalDate.class),
                rs.getObject("last_reviewed_on", LocalDate.class), rs.getObject("review_due_on", LocalDate.class),
                rs.getString("review_needed_reason"), PupilRiskState.valueOf(rs.getString("state")));
    }
}
