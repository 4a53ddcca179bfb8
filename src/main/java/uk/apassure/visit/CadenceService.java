package uk.apassure.visit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.time.DateBounds;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.provider.ProvidersInUse;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * When the next visit to each approved provider that the school uses is due (003,
 * {@link VisitCadence}): for the user's school, or for trust-wide roles the latest visit by any
 * school of the trust. "Uses" comes from {@link ProvidersInUse} (until placements exist: audited,
 * adopted or visited), so a provider the school has nothing to do with is never "overdue" for it.
 * Until placements exist, sessions come from apassure.visits.expected-sessions-per-week.
 */
@Service
@Transactional(readOnly = true)
public class CadenceService {

    private final VisitRepository visits;
    private final ProviderService providers;
    private final ProvidersInUse inUse;
    private final AccessGuard access;
    private final EntityManager em;
    private final Clock clock;
    private final VisitCadence cadence;

    CadenceService(VisitRepository visits, ProviderService providers, ProvidersInUse inUse, AccessGuard access,
            EntityManager em, Clock clock,
            @Value("${apassure.visits.expected-sessions-per-week:4}") int expectedSessionsPerWeek) {
        this.visits = visits;
        this.providers = providers;
        this.inUse = inUse;
        this.access = access;
        this.em = em;
        this.clock = clock;
        this.cadence = new VisitCadence(expectedSessionsPerWeek);
    }

    /** Every approved provider the school uses, most urgent first. */
    public List<CadenceRow> all() {
        SignedInUser user = access.require(Permission.VISIT_READ);
        Long school = access.isPermitted(Permission.TRUST_WIDE) ? null : user.schoolId();
        Map<Long, LocalDateTime> last = new HashMap<>();
        for (Object[] row : visits.lastVisits(user.trustId(), school, earliest(), latest())) {
            last.put((Long) row[0], (LocalDateTime) row[1]);
        }
        Set<Long> used = inUse.forMySchool();
        LocalDate today = today();
        return providers.approved().stream().filter(provider -> used.contains(provider.id()))
                .map(provider -> row(provider, last.get(provider.id()), today))
                .sorted(Comparator.comparing(CadenceRow::state)
                        .thenComparing(row -> row.nextDue() == null ? LocalDate.MIN : row.nextDue()))
                .toList();
    }

    /** How many providers the user's school uses are overdue a visit: counts only (governors too). */
    public long overdueCount() {
        SignedInUser user = access.require(Permission.VISIT_COUNT);
        if (user.schoolId() == null) {
            return 0;
        }
        return overdue(user, Map.of(user.schoolId(), inUse.forMySchool())).getOrDefault(user.schoolId(), 0L);
    }

    /** For each school of the trust, how many of the providers it uses are overdue its visit: trust-wide users. */
    public Map<Long, Long> overdueBySchool() {
        SignedInUser user = access.require(Permission.TRUST_WIDE);
        return overdue(user, inUse.bySchool());
    }

    /**
     * One provider's cadence for the user's school, or empty when it does not apply: the provider is
     * not approved, or the school does not use it.
     */
    public Optional<CadenceRow> of(long providerId) {
        SignedInUser user = access.require(Permission.VISIT_READ);
        ProviderChoice provider = providers.choice(providerId);
        if (!APPROVED.contains(provider.status()) || !inUse.forMySchool().contains(providerId)) {
            return Optional.empty();
        }
        Long school = access.isPermitted(Permission.TRUST_WIDE) ? null : user.schoolId();
        return Optional.of(row(provider, visits.lastVisit(user.trustId(), school, providerId, earliest(), latest()),
                today()));
    }

    private Map<Long, Long> overdue(SignedInUser user, Map<Long, Set<Long>> usedBySchool) {
        Map<Long, Map<Long, LocalDateTime>> last = new HashMap<>();
        for (Tuple row : em.createQuery("select v.schoolId as school, v.provider.id as provider,"
                        + " max(v.visitedAt) as last from Visit v where v.trustId = :trustId"
                        + " and v.status = uk.apassure.visit.VisitStatus.SUBMITTED group by v.schoolId, v.provider.id",
                        Tuple.class)
                .setParameter("trustId", user.trustId()).getResultList()) {
            last.computeIfAbsent(row.get("school", Long.class), any -> new HashMap<>())
                    .put(row.get("provider", Long.class), row.get("last", LocalDateTime.class));
        }
        List<ProviderChoice> approved = providers.approved();
        LocalDate today = today();
        Map<Long, Long> bySchool = new HashMap<>();
        usedBySchool.forEach((school, used) -> bySchool.put(school, approved.stream()
                .filter(provider -> used.contains(provider.id()))
                .map(provider -> row(provider, last.getOrDefault(school, Map.of()).get(provider.id()), today))
                .filter(row -> row.state() == VisitCadence.Due.OVERDUE).count()));
        return bySchool;
    }

    private CadenceRow row(ProviderChoice provider, @Nullable LocalDateTime lastVisit, LocalDate today) {
        LocalDate due = lastVisit == null ? null : cadence.nextDue(lastVisit.toLocalDate());
        return new CadenceRow(provider.id(), provider.name(), lastVisit == null ? null : lastVisit.toLocalDate(), due,
                VisitCadence.state(due, today));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LocalDateTime earliest() {
        return DateBounds.EARLIEST.atStartOfDay();
    }

    /** Visits dated after now (typing slips kept from before the rule) do not count. */
    private LocalDateTime latest() {
        return VisitDates.latest(LocalDateTime.now(clock));
    }

    private static final Set<ProviderStatus> APPROVED =
            EnumSet.of(ProviderStatus.APPROVED, ProviderStatus.APPROVED_WITH_CONDITIONS);
}
