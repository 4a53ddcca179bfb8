package uk.apassure.visit;
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
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * When the next visit to each approved provider is due (003, {@link VisitCadence}): for the
 * user's school, or for trust-wide roles the latest visit by any school of the trust. Until
 * placements exist, sessions come from apassure.visits.expected-sessions-per-week.
 */
@Service
@Transactional(readOnly = true)
public class CadenceService {

    private final VisitRepository visits;
    private final ProviderService providers;
    private final AccessGuard access;
    private final Clock clock;
    private final VisitCadence cadence;

    CadenceService(VisitRepository visits, ProviderService providers, AccessGuard access, Clock clock,
            @Value("${apassure.visits.expected-sessions-per-week:4}") int expectedSessionsPerWeek) {
        this.visits = visits;
        this.providers = providers;
        this.access = access;
        this.clock = clock;
        this.cadence = new VisitCadence(expectedSessionsPerWeek);
    }

    /** Every approved provider, most urgent first. */
    public List<CadenceRow> all() {
        SignedInUser user = access.require(Permission.VISIT_READ);
        Long school = access.isPermitted(Permission.TRUST_WIDE) ? null : user.schoolId();
        Map<Long, LocalDateTime> last = new HashMap<>();
        for (Object[] row : visits.lastVisits(user.trustId(), school, earliest(), latest())) {
            last.put((Long) row[0], (LocalDateTime) row[1]);
        }
        LocalDate today = today();
        return providers.approved().stream().map(provider -> row(provider, last.get(provider.id()), today)).sorted(Comparator.comparing(CadenceRow::state)
                .thenComparing(row -> row.nextDue() == null ? LocalDate.MIN : row.nextDue())).toList();
    }

    /** One provider's cadence, or empty when it does not apply (the provider is not approved). */
    public Optional<CadenceRow> of(long providerId) {
        SignedInUser user = access.require(Permission.VISIT_READ);
        ProviderChoice provider = providers.choice(providerId);
        if (!APPROVED.contains(provider.status())) {
            return Optional.empty();
        }
        Long school = access.isPermitted(Permission.TRUST_WIDE) ? null : user.schoolId();
        return Optional.of(row(provider, visits.lastVisit(user.trustId(), school, providerId, earliest(), latest()),
                today()));
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
