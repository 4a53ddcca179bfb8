package uk.apassure.provider;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.provider.FullTimeEducation.Counts;
import uk.apassure.provider.RegistrationTrigger.State;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * The registration trigger (001 §7.2) on the register: which of the trust's providers are over it,
 * or would be once the proposed placements start. Pupils are counted across the whole trust, and
 * every school sees the same counts and reasons, never a pupil. Needs the right to count placements
 * (every school role, governors, trust leads; not administrators).
 */
@Service
@Transactional(readOnly = true)
public class RegistrationTriggers {

    private final ProviderRepository providers;
    private final FullTimeEducation education;
    private final AccessGuard access;

    RegistrationTriggers(ProviderRepository providers, FullTimeEducation education, AccessGuard access) {
        this.providers = providers;
        this.education = education;
        this.access = access;
    }

    /** The trust's flagged providers by id, in name order. */
    public Map<Long, RegistrationFinding> flagged() {
        SignedInUser user = access.require(Permission.PLACEMENT_COUNT);
        return judge(user.trustId(), education.byProvider(user.trustId(), null));
    }

    /** One provider's finding, when it is flagged; another trust's provider is never flagged. */
    public Optional<RegistrationFinding> forProvider(long providerId) {
        SignedInUser user = access.require(Permission.PLACEMENT_COUNT);
        return Optional.ofNullable(judge(user.trustId(), education.byProvider(user.trustId(), providerId))
                .get(providerId));
    }

    /**
     * Which of these providers are flagged (the placements grid's rows), counted across the trust
     * for those providers only.
     */
    public Set<Long> flaggedAmong(Collection<Long> providerIds) {
        SignedInUser user = access.require(Permission.PLACEMENT_COUNT);
        if (providerIds.isEmpty()) {
            return Set.of();
        }
        return judge(user.trustId(), education.byProviders(user.trustId(), providerIds)).keySet();
    }

    Set<Long> flaggedIds() {
        return flagged().keySet();
    }

    private Map<Long, RegistrationFinding> judge(long trustId, Map<Long, Counts> counts) {
        if (counts.isEmpty()) {
            return Map.of();
        }
        Map<Long, RegistrationFinding> flagged = new LinkedHashMap<>();
        providers.findStandings(trustId, counts.keySet()).stream()
                .sorted(Comparator.comparing(ProviderStanding::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(provider -> {
                    Counts pupils = counts.get(provider.id());
                    State state = RegistrationTrigger.judge(provider.type(), provider.registration(), pupils.active(),
                            pupils.activeAndProposed());
                    if (state != State.NONE) {
                        flagged.put(provider.id(), new RegistrationFinding(provider.id(), provider.name(), state,
                                pupils.active(), pupils.activeAndProposed()));
                    }
                });
        return flagged;
    }
}
