package uk.apassure.placement.ui;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.DashboardContribution;
import uk.apassure.base.ui.DashboardTile;
import uk.apassure.base.ui.DashboardTile.Count;
import uk.apassure.base.ui.DashboardTile.Link;
import uk.apassure.base.ui.DashboardTile.Row;
import uk.apassure.base.ui.DashboardTile.Work;
import uk.apassure.placement.PlacementCount;
import uk.apassure.placement.PlacementFilter;
import uk.apassure.placement.PlacementRow;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * Placements on the dashboard: proposals waiting for SLT to start them, parental notices still to
 * send (AP lead, SLT), and for governors how many placements there are.
 */
@Component
class PlacementDashboard implements DashboardContribution {

    /** Proposals are few; more than this many are one click away in the list. */
    private static final int PROPOSALS = 20;

    private final PlacementService placements;
    private final AccessGuard access;

    PlacementDashboard(PlacementService placements, AccessGuard access) {
        this.placements = placements;
        this.access = access;
    }

    @Override
    public List<DashboardTile> tiles() {
        List<DashboardTile> tiles = new ArrayList<>();
        if (!access.isPermitted(Permission.PLACEMENT_READ)) {
            if (access.isPermitted(Permission.PLACEMENT_COUNT)) {
                for (PlacementCount count : placements.counts()) {
                    tiles.add(new Count("Placements", 150 + count.status().ordinal(), count.status().label()
                            + " placements", count.count(), null, false));
                }
            }
            return tiles;
        }
        boolean ownSchool = access.findCurrentUser().map(user -> user.schoolId() != null).orElse(false);
        if (!ownSchool) {
            return tiles;
        }
        List<PlacementRow> proposed = placements.list(PlacementFilter.ANY.withStatus(PlacementStatus.PROPOSED),
                PageRequest.of(0, PROPOSALS));
        Link all = new Link("Placements", "placements");
        if (access.isPermitted(Permission.PLACEMENT_STATUS)) {
            tiles.add(new Work("placements-to-start", 22, "Placements proposed, waiting for you to start them",
                    proposed.stream().map(row -> Row.due(row.pupilName(), row.providers() + " · starts "
                            + UkDates.date(row.startsOn()), row.startsOn(), "placements/" + row.id())).toList(),
                    all, "No placements wait to start"));
        }
        if (access.isPermitted(Permission.PLACEMENT_EDIT)) {
            // 002 §7, 003: parents are told at least two school days before the start
            List<Row> notices = placements.noticesToSend().stream().map(n -> Row.due(n.pupilName(),
                    "Parental notice for the start on " + UkDates.date(n.startsOn()), n.latestNotice(),
                    "placements/" + n.placementId())).toList();
            tiles.add(new Work("placement-notices", 23, "Parental notices to send", notices, null,
                    "Every proposed placement's parents have been told"));
        }
        return tiles;
    }
}
