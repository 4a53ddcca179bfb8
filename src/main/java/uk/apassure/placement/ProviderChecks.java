package uk.apassure.placement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.apassure.audit.AuditRow;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.Decision;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;

/** What a placement's week asks of its providers: their own sites, a usable status, and before it starts, checks. */
@Component
class ProviderChecks {

    private static final Set<ProviderStatus> PLACEABLE =
            EnumSet.of(ProviderStatus.APPROVED, ProviderStatus.APPROVED_WITH_CONDITIONS);

    private final ProviderService providers;
    private final AuditService audits;

    ProviderChecks(ProviderService providers, AuditService audits) {
        this.providers = providers;
        this.audits = audits;
    }

    /**
     * Each session new to the week at one of its provider's own sites, and no provider new to it that
     * the trust may not use. What the week already had stays acceptable (a site removed or a provider
     * suspended since must not stop a typing slip elsewhere from being put right).
     */
    List<Problem> forTimetable(Timetable timetable, Timetable before) {
        List<Problem> problems = new ArrayList<>();
        Set<TimetableSession> known = Set.copyOf(before.sessions());
        for (long providerId : timetable.providerIds()) {
            ProviderPage provider = providers.get(providerId);
            Set<Long> sites = provider.sites().stream().map(ProviderPage.Site::id).collect(Collectors.toSet());
            if (timetable.sessions().stream().filter(s -> s.providerId() == providerId && !known.contains(s))
                    .anyMatch(s -> !sites.contains(s.siteId()))) {
                problems.add(new Problem(PlacementField.TIMETABLE, "Choose one of " + provider.name()
                        + "'s own sites for each of its sessions."));
            }
            if (!before.providerIds().contains(providerId) && (provider.status() == ProviderStatus.DO_NOT_USE
                    || provider.status() == ProviderStatus.ARCHIVED)) {
                problems.add(new Problem(PlacementField.TIMETABLE, provider.name() + " is "
                        + provider.status().label().toLowerCase() + ": no placement can be made there."));
            }
        }
        return problems;
    }

    /**
     * Providers a placement is active at (when it starts, or added to an active placement's week):
     * approved, with a signed-off pre-placement audit.
     */
    List<Problem> forActivePlacement(Collection<Long> providerIds) {
        List<Problem> problems = new ArrayList<>();
        for (long providerId : providerIds.stream().sorted().toList()) {
            ProviderPage provider = providers.get(providerId);
            if (!PLACEABLE.contains(provider.status())) {
                problems.add(new Problem(PlacementField.TIMETABLE, provider.name() + " is "
                        + provider.status().label().toLowerCase() + ", not approved."));
            }
            boolean signedOff = audits.forProvider(providerId).stream().map(AuditRow::decision)
                    .anyMatch(d -> d == Decision.APPROVED || d == Decision.APPROVED_WITH_CONDITIONS);
            if (!signedOff) {
                problems.add(new Problem(PlacementField.TIMETABLE, provider.name()
                        + " has no signed-off pre-placement audit."));
            }
        }
        return problems;
    }
}
