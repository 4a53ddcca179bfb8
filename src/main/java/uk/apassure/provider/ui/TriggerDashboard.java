package uk.apassure.provider.ui;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.base.ui.DashboardContribution;
import uk.apassure.base.ui.DashboardTile;
import uk.apassure.base.ui.DashboardTile.Link;
import uk.apassure.base.ui.DashboardTile.Row;
import uk.apassure.base.ui.DashboardTile.Work;
import uk.apassure.base.ui.ListAddress;
import uk.apassure.provider.RegistrationFinding;
import uk.apassure.provider.RegistrationTrigger.State;
import uk.apassure.provider.RegistrationTriggers;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/** Trust leads: the providers over the registration trigger (001 §7.2), each opening its page, and the filtered register. */
@Component
class TriggerDashboard implements DashboardContribution {

    private final RegistrationTriggers triggers;
    private final AccessGuard access;

    TriggerDashboard(RegistrationTriggers triggers, AccessGuard access) {
        this.triggers = triggers;
        this.access = access;
    }

    @Override
    public List<DashboardTile> tiles() {
        if (!access.isPermitted(Permission.TRUST_WIDE) || !access.isPermitted(Permission.PLACEMENT_COUNT)) {
            return List.of();
        }
        List<Row> rows = triggers.flagged().values().stream()
                .sorted(java.util.Comparator.comparing((RegistrationFinding f) -> f.state() != State.TRIGGERED))
                .map(f -> Row.flagged(f.providerName(), f.reasons(),
                        f.state() == State.TRIGGERED ? "Over trigger" : "Would trigger", "providers/" + f.providerId()))
                .toList();
        return List.of(new Work("registration-trigger", 15, "Providers over the registration trigger", rows,
                new Link("the register", href()), "No provider is over the registration trigger"));
    }

    static String href() {
        return ListAddress.empty().with(ProviderListView.TRIGGER, true).href(ProviderListView.PATH);
    }
}
