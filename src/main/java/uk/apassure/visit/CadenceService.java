package uk.apassure.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.time.DateBounds;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.organisation.SchoolService;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;
import uk.apassure.visit.VisitCadence.Due;
import uk.apassure.visit.VisitCadence.NextVisit;

/**
 * When the next visit is due for each provider of each active placement ({@link VisitCadence},
 * 003), and so for each provider: the most urgent of its placements. Only the placement's own
 * school's visits count (trust staff do not record visits; another school's visit reviewed its own
 * pupils). Pupils are those of the user's school, or of the trust for trust-wide roles; governors
 * get counts only. A provider without an active placement of the school is never due.
 *
 * <p>The work is a fixed number of queries however many placements there are: the active
 * placements with their sessions, the last visits by school and provider, the providers' names,
 * and one calendar per school.
 */
@Service
@Transactional(readOnly = true)
public class CadenceService {

    private static final Set<VisitType> COUNTED = EnumSet.copyOf(
            java.util.Arrays.stream(VisitType.values()).filter(VisitType::countsForCadence).toList());

    private final VisitRepository visits;
    private final CadenceQueries counting;
    private final ActivePlacements placements;
    private final CalendarService calendars;
    private final ProviderService providers;
    private final SchoolService schools;
    private final AccessGuard access;
    private final Clock clock;

    CadenceService(VisitRepository visits, CadenceQueries counting, ActivePlacements placements, CalendarService calendars,
            ProviderService providers, SchoolService schools, AccessGuard access, Clock clock) {
        this.visits = visits;
        this.counting = counting;
        this.placements = placements;
        this.calendars = calendars;
        this.providers = providers;
        this.schools = schools;
        this.access = access;
        this.clock = clock;
    }

    /** Every provider with an active placement in the user's scope, most urgent first. */
    public List<CadenceRow> all() {
        SignedInUser user = access.require(Permission.VISIT_READ);
        return byProvider(cadences(user, placements.of(scope(user), null)));
    }

    /** One provider's cadence for the user's school (trust leads: the trust), or empty when no placement there is active. */
    public Optional<CadenceRow> of(long providerId) {
        SignedInUser user = access.require(Permission.VISIT_READ);
        return byProvider(cadences(user, placements.of(scope(user), providerId))).stream().findFirst();
    }

    /** Each provider of one placement, most urgent first; empty when it is not active or not the user's to see. */
    public List<PlacementCadence> forPlacement(long placementId) {
        SignedInUser user = access.require(Permission.VISIT_READ);
        access.require(Permission.PLACEMENT_READ);
        List<ActivePlacement> one = placements.of(placementId)
                .filter(placement -> scope(user).contains(placement.schoolId())).stream().toList();
        return cadences(user, one);
    }

    /** How many providers with an active placement of the user's school are overdue a visit: counts only (governors too). */
    public long overdueCount() {
        SignedInUser user = access.require(Permission.VISIT_COUNT);
        if (user.schoolId() == null) {
            return 0;
        }
        return overdue(cadences(user, placements.of(List.of(user.schoolId()), null))).getOrDefault(user.schoolId(), 0L);
    }

    /** For each school of the trust, how many providers with an active placement of it are overdue a visit. */
    public Map<Long, Long> overdueBySchool() {
        SignedInUser user = access.require(Permission.TRUST_WIDE);
        return overdue(cadences(user, placements.of(scope(user), null)));
    }

    /**
     * For each school and provider in the user's scope, how many active placements there have a known
     * cadence today and how many of those are not overdue a visit: counts only (governors too; /compare).
     * Counted by MariaDB ({@link CadenceQueries}), by the same rule as {@link #all()}.
     */
    public List<CadenceCount> counts() {
        SignedInUser user = access.require(Permission.VISIT_COUNT);
        return counting.counts(user.trustId(), scope(user), LocalDate.now(clock), LocalDateTime.now(clock));
    }

    private List<PlacementCadence> cadences(SignedInUser user, List<ActivePlacement> active) {
        if (active.isEmpty()) {
            return List.of();
        }
        Set<Long> schoolIds = active.stream().map(ActivePlacement::schoolId).collect(Collectors.toSet());
        Set<Long> providerIds = active.stream().flatMap(p -> p.weekByProvider().keySet().stream())
                .collect(Collectors.toSet());
        Map<SchoolAndProvider, LocalDate> last = new HashMap<>();
        for (LastVisit visit : visits.lastVisits(user.trustId(), schoolIds,
                providerIds.size() == 1 ? providerIds.iterator().next() : null, COUNTED,
                DateBounds.EARLIEST.atStartOfDay(), VisitDates.latest(LocalDateTime.now(clock)))) {
            last.put(new SchoolAndProvider(visit.schoolId(), visit.providerId()), visit.visitedAt().toLocalDate());
        }
        Map<Long, String> names = providers.choices(providerIds).stream()
                .collect(Collectors.toMap(ProviderChoice::id, ProviderChoice::name));
        boolean seesPupils = access.isPermitted(Permission.PLACEMENT_READ);
        Map<Long, SchoolCalendar> calendarOf = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        List<PlacementCadence> cadences = new ArrayList<>();
        for (ActivePlacement placement : active) {
            SchoolCalendar calendar = calendarOf.computeIfAbsent(placement.schoolId(), calendars::calendarOf);
            placement.weekByProvider().forEach((providerId, week) -> {
                String pupil = seesPupils ? placement.pupilName() : null;
                String provider = names.getOrDefault(providerId, "");
                try {
                    NextVisit next = VisitCadence.next(placement.startsOn(), placement.endsOn(),
                            last.get(new SchoolAndProvider(placement.schoolId(), providerId)), VisitCadence.expected(calendar, week));
                    cadences.add(new PlacementCadence(placement.id(), pupil, placement.schoolId(), providerId, provider,
                            next, VisitCadence.state(next.due(), today), null));
                } catch (NoCalendar e) {
                    cadences.add(new PlacementCadence(placement.id(), pupil, placement.schoolId(), providerId, provider,
                            null, Due.NO_CALENDAR, e.getMessage()));
                }
            });
        }
        cadences.sort(URGENT_FIRST);
        return cadences;
    }

    private static List<CadenceRow> byProvider(List<PlacementCadence> cadences) {
        Map<Long, List<PlacementCadence>> byProvider = cadences.stream().collect(Collectors
                .groupingBy(PlacementCadence::providerId, LinkedHashMap::new, Collectors.toList()));
        return byProvider.values().stream()
                .map(list -> new CadenceRow(list.getFirst().providerId(), list.getFirst().providerName(), list))
                .toList();
    }

    /** Providers with at least one overdue placement, by school. */
    private static Map<Long, Long> overdue(List<PlacementCadence> cadences) {
        return cadences.stream().filter(c -> c.state() == Due.OVERDUE)
                .collect(Collectors.groupingBy(PlacementCadence::schoolId,
                        Collectors.mapping(PlacementCadence::providerId,
                                Collectors.collectingAndThen(Collectors.toSet(), set -> (long) set.size()))));
    }

    /** The schools whose pupils the user may see: their own, or the trust's for trust-wide roles. */
    private Collection<Long> scope(SignedInUser user) {
        if (access.isPermitted(Permission.TRUST_WIDE)) {
            return schools.trustSchools().stream().map(SchoolService.SchoolSummary::id).toList();
        }
        return user.schoolId() == null ? List.of() : List.of(user.schoolId());
    }

    private record SchoolAndProvider(long schoolId, long providerId) {}

    private static final Comparator<PlacementCadence> URGENT_FIRST = Comparator.comparing(PlacementCadence::state)
            .thenComparing(PlacementCadence::nextDue, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PlacementCadence::providerName)
            .thenComparing(PlacementCadence::placementId);
}
