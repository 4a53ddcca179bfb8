package uk.apassure.provider;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * The providers a school uses, so that dashboards speak of those and not of every approved provider
 * of the trust. Until placements exist: the providers the school has audited, adopted an audit of,
 * or visited ({@link ProviderUse}).
 */
@Service
@Transactional(readOnly = true)
public class ProvidersInUse {

    private final List<ProviderUse> uses;
    private final AccessGuard access;

    ProvidersInUse(List<ProviderUse> uses, AccessGuard access) {
        this.uses = uses;
        this.access = access;
    }

    /** The user's school's providers; for a trust-wide user, those of any school of the trust. */
    public Set<Long> forMySchool() {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        Map<Long, Set<Long>> bySchool = collect(user.trustId());
        if (access.isPermitted(Permission.TRUST_WIDE)) {
            Set<Long> all = new HashSet<>();
            bySchool.values().forEach(all::addAll);
            return all;
        }
        return user.schoolId() == null ? Set.of() : bySchool.getOrDefault(user.schoolId(), Set.of());
    }

    /** Every school of the user's trust with its providers: trust-wide users only. */
    public Map<Long, Set<Long>> bySchool() {
        SignedInUser user = access.require(Permission.TRUST_WIDE);
        return collect(user.trustId());
    }

    private Map<Long, Set<Long>> collect(long trustId) {
        Map<Long, Set<Long>> bySchool = new HashMap<>();
        for (ProviderUse use : uses) {
            use.providersBySchool(trustId).forEach((school, providers) ->
                    bySchool.computeIfAbsent(school, any -> new HashSet<>()).addAll(providers));
        }
        return bySchool;
    }
}
