package uk.apassure.provider.ui;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.data.domain.Pageable;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderRow;
import uk.apassure.provider.RegistrationFinding;
import uk.apassure.provider.RegistrationTrigger.State;
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

    /** The trigger's badge text (001 §7.2), or "" when the provider is not flagged (no badge). */
    String label(long providerId) {
        RegistrationFinding finding = flagged.get(providerId);
        return finding == null ? ""
                : finding.state() == State.TRIGGERED ? "Over registration trigger" : "Would trigger registration";
    }

    /** The badge's class: over the trigger, or would be with the proposed placements. */
    String style(long providerId) {
        RegistrationFinding finding = flagged.get(providerId);
        return finding == null ? "" : finding.state() == State.TRIGGERED ? "trigger-over" : "trigger-would";
    }

    /** The counts behind the flag, for the badge's title. */
    String summary(long providerId) {
        RegistrationFinding finding = flagged.get(providerId);
        return finding == null ? "" : finding.summary();
    }
}
