package uk.apassure.placement.ui;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.DashboardContribution;
import uk.apassure.base.ui.DashboardTile;
import uk.apassure.base.ui.DashboardTile.Count;
import uk.apassure.base.ui.DashboardTile.Link;
import uk.apassure.base.ui.DashboardTile.Row;
import uk.apassure.base.ui.DashboardTile.Work;
import uk.apassure.placement.SuspensionCounts;
import uk.apassure.placement.SuspensionService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * Suspensions on the dashboard: for the AP lead, SLT and headteacher, each pupil whose run of
 * suspensions needs provision from day 6 and has no placement for it yet, opening the placement
 * form filled in for them (000 §10); for governors, counts.
 */
@Component
class SuspensionDashboard implements DashboardContribution {

    private final SuspensionService suspensions;
    private final AccessGuard access;

    SuspensionDashboard(SuspensionService suspensions, AccessGuard access) {
        this.suspensions = suspensions;
        this.access = access;
    }

    @Override
    public List<DashboardTile> tiles() {
        List<DashboardTile> tiles = new ArrayList<>();
        if (access.isPermitted(Permission.SUSPENSION_RECORD)
                && access.findCurrentUser().map(user -> user.schoolId() != null).orElse(false)) {
            List<Row> due = suspensions.provisionDue().stream().map(d -> Row.due("Provision for " + d.pupilName()
                    + " must start by " + UkDates.date(d.run().provisionBy()), "Suspended " + RunDutyText.run(d.run()),
                    d.run().provisionBy(), ProvisionPrefill.href(d.pupilId()))).toList();
            tiles.add(new Work("suspension-provision", 24, "Provision from day 6 of a suspension", due,
                    new Link("Suspensions", "placements/suspensions"),
                    "No suspended pupil is waiting for provision"));
        } else if (access.isPermitted(Permission.SUSPENSION_COUNT) && !access.isPermitted(Permission.SUSPENSION_READ)) {
            SuspensionCounts counts = suspensions.counts();
            tiles.add(new Count("Suspensions", 160, "Suspensions this school year", counts.suspensions(), null,
                    false));
            tiles.add(new Count("Suspensions", 161, "Needing provision from day 6", counts.needingProvision(), null,
                    false));
            tiles.add(new Count("Suspensions", 162, "Provision not arranged in time", counts.provisionNotMet(), null,
                    counts.provisionNotMet() > 0));
        }
        return tiles;
    }
}
