package uk.apassure.attendance.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.attendance.AttendanceCounts;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.base.ui.DashboardContribution;
import uk.apassure.base.ui.DashboardTile;
import uk.apassure.base.ui.DashboardTile.Count;
import uk.apassure.base.ui.DashboardTile.Row;
import uk.apassure.base.ui.DashboardTile.Work;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.Role;

/**
 * Attendance on the dashboard: today's sessions still "not yet known" after their cut-off, for the
 * attendance officer and the DSL (DESIGN.md "Attendance": followed up the same day); governors see
 * today's numbers.
 */
@Component
class AttendanceDashboard implements DashboardContribution {

    private final AttendanceService attendance;
    private final AccessGuard access;
    private final Clock clock;

    AttendanceDashboard(AttendanceService attendance, AccessGuard access, Clock clock) {
        this.attendance = attendance;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<DashboardTile> tiles() {
        List<DashboardTile> tiles = new ArrayList<>();
        if (!access.isPermitted(Permission.ATTENDANCE_READ)) {
            if (access.isPermitted(Permission.ATTENDANCE_COUNT)) {
                AttendanceCounts counts = attendance.counts(LocalDate.now(clock));
                tiles.add(new Count("Placements", 170, "Sessions expected today", counts.expected(), null, false));
                tiles.add(new Count("Placements", 171, "Sessions not yet known today", counts.notYetKnown(), null,
                        counts.notYetKnown() > 0));
            }
            return tiles;
        }
        boolean ownSchool = access.findCurrentUser().map(user -> user.schoolId() != null).orElse(false);
        boolean followsUp = access.findCurrentUser().map(user -> user.roles().contains(Role.ATTENDANCE)
                || user.roles().contains(Role.DSL)).orElse(false);
        if (!ownSchool || !followsUp) {
            return tiles;
        }
        tiles.add(new Work("attendance-unknown", 20, "Attendance not yet known", attendance.notYetKnown().stream()
                .map(s -> Row.flagged(s.pupilName(), s.session().label() + " at " + s.providerName(),
                        "Not yet known", "placements/attendance"))
                .toList(), new DashboardTile.Link("Today's attendance", "placements/attendance"),
                "Every session due so far today is marked"));
        return tiles;
    }
}
