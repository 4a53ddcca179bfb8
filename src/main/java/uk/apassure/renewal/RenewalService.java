package uk.apassure.renewal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.audit.EvidenceService;
import uk.apassure.base.domain.CleanedByService;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.time.DateBounds;
import uk.apassure.base.time.UkDates;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * The renewals grid for the signed-in user, its counts, and renewing from it. Scope is applied in
 * the query ({@link RenewalItems}): a school's staff get their school's rows, trust leads the
 * trust's, governors only counts, administrators nothing.
 *
 * <p>Owner: the AP lead of the row's school. DESIGN.md gives the AP lead the providers' checks and
 * visits; provider-level facts are shared across the trust, so each school that relies on a
 * provider (its audit's school, and schools that adopted that audit) has its own row and its own
 * owner; a renewal by any of them renews the thing for all.
 */
@Service
@Transactional(readOnly = true)
public class RenewalService {

    /** Issue 11: "due soon" from 28 days before the date, unless configured otherwise. */
    public static final int DEFAULT_DUE_SOON_DAYS = 28;

    private final RenewalItems items;
    private final RenewalStore store;
    private final AccessGuard access;
    private final Clock clock;
    private final int dueSoonDays;

    @Autowired
    RenewalService(RenewalItems items, RenewalStore store, AccessGuard access, Clock clock,
            @Value("${apassure.renewals.due-soon-days:28}") int dueSoonDays) {
        this.items = items;
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
    }

    /** A renewal refused, with the reason for the user. */
    public static class InvalidRenewal extends Refusal {
        public InvalidRenewal(String message) {
            super(message);
        }
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }

    public List<RenewalItem> list(RenewalFilter filter, Pageable page) {
        SignedInUser user = access.require(Permission.RENEWAL_READ);
        return items.find(scope(user), filter, List.of(), today(), dueSoonDays, page);
    }

    public long count(RenewalFilter filter) {
        SignedInUser user = access.require(Permission.RENEWAL_READ);
        return items.count(scope(user), filter, today(), dueSoonDays);
    }

    /** How many rows are in each state: what governors see, and the dashboard tile. */
    public Map<RenewalState, Long> counts() {
        SignedInUser user = access.require(Permission.RENEWAL_COUNT);
        return items.countByState(scope(user), today(), dueSoonDays);
    }

    /** The owners of the rows the user sees, for the owner filter. */
    public Map<Long, String> owners() {
        SignedInUser user = access.require(Permission.RENEWAL_READ);
        return items.owners(scope(user), today(), dueSoonDays);
    }

    /**
     * Renews one or more things of one provider with one file (a provider's insurance schedule or
     * policy pack usually covers several) and one new date. The file passes the audit evidence
     * checks; each renewal keeps who and when, and the record it renews stays as it was signed off.
     *
     * @return how many things were renewed
     */
    @Transactional
    public int renew(Collection<RenewalRef> refs, LocalDate newDueOn, @CleanedByService String fileName,
            byte[] content) {
        SignedInUser user = access.require(Permission.RENEWAL_RENEW);
        if (refs.isEmpty()) {
            throw new InvalidRenewal("Choose at least one row to renew.");
        }
        LocalDate today = today();
        if (!newDueOn.isAfter(today)) {
            throw new InvalidRenewal("The new expiry or review date " + UkDates.date(newDueOn) + " is "
                    + (newDueOn.isEqual(today) ? "today" : "in the past")
                    + ": enter the date the new document runs to, after today.");
        }
        if (newDueOn.isAfter(DateBounds.latest(today))) {
            throw new InvalidRenewal("The new date " + UkDates.date(newDueOn) + " is more than ten years ahead:"
                    + " check the year.");
        }
        Set<String> wanted = refs.stream().map(RenewalRef::key).collect(Collectors.toSet());
        // the rows as the user may see them: anything outside their scope is answered as not found
        Map<String, RenewalItem> found = new LinkedHashMap<>();
        for (RenewalItem item : items.find(scope(user), RenewalFilter.ANY, refs, today, dueSoonDays,
                Pageable.unpaged())) {
            found.putIfAbsent(item.ref().key(), item);
        }
        if (!found.keySet().containsAll(wanted)) {
            throw new InvalidRenewal("One of these rows is not on your renewals list any more (or not yours to"
                    + " renew). Reload the list and try again.");
        }
        for (RenewalItem item : found.values()) {
            if (!item.kind().renewable()) {
                throw new InvalidRenewal("\"" + item.what() + "\" at " + item.providerName() + " is renewed by a new"
                        + " audit, not by a file: open it and start the next audit.");
            }
        }
        Set<Long> providers = found.values().stream().map(RenewalItem::providerId).collect(Collectors.toSet());
        if (providers.size() > 1) {
            throw new InvalidRenewal("These rows belong to " + providers.size() + " providers ("
                    + found.values().stream().map(RenewalItem::providerName).distinct().sorted()
                            .collect(Collectors.joining(", "))
                    + "). Renew one provider's documents at a time: one file covers one provider.");
        }
        EvidenceService.CheckedFile file = EvidenceService.check(fileName, content);
        long providerId = providers.iterator().next();
        Instant now = clock.instant();
        long evidenceId = store.storeEvidence(user.trustId(), providerId, file, content, user, now);
        for (RenewalItem item : found.values()) {
            store.storeRenewal(user.trustId(), item.ref(), providerId, item.baseDueOn(), item.dueOn(), newDueOn,
                    evidenceId, user, now);
        }
        return found.size();
    }

    private RenewalScope scope(SignedInUser user) {
        if (access.isPermitted(Permission.TRUST_WIDE)) {
            return RenewalScope.trust(user.trustId());
        }
        if (user.schoolId() == null) {
            throw new AccessGuard.AccessDeniedException("Renewals are kept per school; your account has none");
        }
        return RenewalScope.school(user.trustId(), user.schoolId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
