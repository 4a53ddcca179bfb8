package uk.apassure.renewal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.apassure.base.ui.DashboardContribution;
import uk.apassure.base.ui.DashboardTile;
import uk.apassure.base.ui.DashboardTile.Count;
import uk.apassure.renewal.RenewalFilter;
import uk.apassure.renewal.RenewalService;
import uk.apassure.renewal.RenewalState;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * Renewals on the dashboard: how many things are overdue, need review, are due soon or ok, for
 * every role with something to renew; each number opens {@code /renewals} filtered by that state.
 * Governors see the numbers of their school without the links.
 */
@Component
class RenewalDashboard implements DashboardContribution {

    static final String GROUP = "Renewals";

    private final RenewalService renewals;
    private final AccessGuard access;

    RenewalDashboard(RenewalService renewals, AccessGuard access) {
        this.renewals = renewals;
        this.access = access;
    }

    @Override
    public List<DashboardTile> tiles() {
        List<DashboardTile> tiles = new ArrayList<>();
        if (!access.isPermitted(Permission.RENEWAL_COUNT)) {
            return tiles;
        }
        boolean canOpen = access.isPermitted(Permission.RENEWAL_READ);
        Map<RenewalState, Long> counts = renewals.counts();
        for (RenewalState state : RenewalState.values()) {
            String href = canOpen ? RenewalListView.href(RenewalFilter.ANY.withState(state)) : null;
            tiles.add(new Count(GROUP, 130 + state.ordinal(), state.label(), counts.get(state), href,
                    state != RenewalState.OK));
        }
        return tiles;
    }
}
