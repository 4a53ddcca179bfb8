package uk.apassure.provider.ui;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.base.ui.DashboardContribution;
import uk.apassure.base.ui.DashboardTile;
import uk.apassure.base.ui.DashboardTile.Count;
import uk.apassure.base.ui.ListAddress;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/** The register at a glance on the dashboard: how many providers in each status, each opening the filtered register. */
@Component
class RegisterDashboard implements DashboardContribution {

    private final ProviderService providers;
    private final AccessGuard access;

    RegisterDashboard(ProviderService providers, AccessGuard access) {
        this.providers = providers;
        this.access = access;
    }

    @Override
    public List<DashboardTile> tiles() {
        if (!access.isPermitted(Permission.PROVIDER_READ)) {
            return List.of();
        }
        return providers.statusCounts().stream()
                .<DashboardTile>map(count -> new Count("Provider register", 200 + count.status().ordinal(),
                        count.status().label(), count.count(),
                        ListAddress.empty().with(ProviderListView.STATUS, count.status()).href(ProviderListView.PATH),
                        false))
                .toList();
    }
}
