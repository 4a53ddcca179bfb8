package uk.apassure.provider.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.data.domain.Pageable;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderRow;
import uk.apassure.provider.RegistrationFinding;
import uk.apassure.provider.RegistrationTriggers;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * The registration trigger in the register grid: the flags are read again with every page of rows
 * (one aggregate query), so the badges match the rows. Users who may not count placements
 * (administrators) see neither badge nor filter.
 */
final class TriggerFlags {

    private final RegistrationTriggers triggers;
    private final boolean shown;
    private Map<Long, RegistrationFinding> flagged = Map.of();

    TriggerFlags(RegistrationTriggers triggers, AccessGuard access) {
        this.triggers = triggers;
        this.shown = access.isPermitted(Permission.PLACEMENT_COUNT);
    }

    boolean shown() {
        return shown;
    }

    BiFunction<ProviderFilter, Pageable, List<ProviderRow>> reloading(
            BiFunction<ProviderFilter, Pageable, List<ProviderRow>> list) {
        return (filter, page) -> {
            if (shown) {
                flagged = triggers.flagged();
            }
            return list.apply(filter, page);
        };
    }

    /** The cell's badge, with the trigger's badge beneath it when the provider is flagged. */
    Component withFlag(Component badge, long providerId) {
        RegistrationFinding finding = flagged.get(providerId);
        if (finding == null) {
            return badge;
        }
        Div cell = new Div(badge, new TriggerBadge(finding));
        cell.addClassName("badge-stack");
        return cell;
    }
}
