package uk.apassure.compare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.calendar.AcademicYear;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.CalendarYear;
import uk.apassure.calendar.HalfTerm;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.organisation.SchoolService;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.provider.ProviderType;
import uk.apassure.provider.RegistrationTriggers;
import uk.apassure.renewal.OverdueCount;
import uk.apassure.renewal.RenewalQueries;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;
import uk.apassure.visit.CadenceCount;
import uk.apassure.visit.CadenceService;

/**
 * The comparison of providers, scoped in every query: a trust lead compares the trust's providers
 * over all its schools; SLT and headteachers their own school's providers with only their school's
 * numbers; governors (of a school, or of the trust when they belong to no school) get the same
 * measures by school and provider type, never a provider's pupils. Everyone else is refused.
 *
 * <p>The counts come from {@link CompareQueries} (MariaDB); visit compliance from the visit feature's
 * cadence rule ({@link CadenceService#counts()}, counted in MariaDB as of today), renewals overdue from
 * the renewals feature's query ({@link RenewalQueries#overdueByProvider}, the rows {@code /renewals}
 * shows as overdue), and the registration trigger from the provider feature ({@link RegistrationTriggers}),
 * so each rule keeps one source of truth.
 */
@Service
@Transactional(readOnly = true)
public class CompareService {

    private final CompareQueries queries;
    private final CadenceService cadence;
    private final RenewalQueries renewals;
    private final RegistrationTriggers triggers;
    private final SchoolService schools;
    private final CalendarService calendars;
    private final AccessGuard access;
    private final Clock clock;

    CompareService(CompareQueries queries, CadenceService cadence, RenewalQueries renewals, RegistrationTriggers triggers,
            SchoolService schools, CalendarService calendars, AccessGuard access, Clock clock) {
        this.queries = queries;
        this.cadence = cadence;
        this.renewals = renewals;
        this.triggers = triggers;
        this.schools = schools;
        this.calendars = calendars;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the user may see providers row by row (not only the governors' aggregates). */
    public boolean comparesProviders() {
        return access.isPermitted(Permission.COMPARE_READ);
    }

    /** The periods to choose from, the default (the last twelve months) first. */
    public List<ComparePeriod> periods() {
        SignedInUser user = requireAny();
        LocalDate today = LocalDate.now(clock);
        List<ComparePeriod> periods = new ArrayList<>();
        periods.add(new ComparePeriod("12-months", "Last 12 months", today.minusYears(1).plusDays(1), today));
        Optional<SchoolCalendar> calendar = referenceCalendar(user, today);
        calendar.flatMap(c -> thisTerm(c, today)).ifPresent(periods::add);
        AcademicYear year = AcademicYear.of(today);
        for (AcademicYear each : List.of(year, new AcademicYear(year.startYear() - 1))) {
            periods.add(academicYear(calendar.orElse(null), each));
        }
        return periods;
    }

    /** The period with this key, or the default when there is none. */
    public ComparePeriod period(@Nullable String key) {
        List<ComparePeriod> periods = periods();
        return periods.stream().filter(p -> p.key().equals(key)).findFirst().orElse(periods.getFirst());
    }

    /** One row per provider in scope with a placement or a concern there in the period, by name. */
    public List<Measures> providers(ComparePeriod period) {
        SignedInUser user = access.require(Permission.COMPARE_READ);
        return withCounts(Grouping.PROVIDER, user, measures(Grouping.PROVIDER, user, period, null), null);
    }

    /** One provider's measures school by school (the drill-down): only the user's own school unless trust-wide. */
    public List<Measures> bySchool(long providerId, ComparePeriod period) {
        SignedInUser user = access.require(Permission.COMPARE_READ);
        return withCounts(Grouping.SCHOOL, user, measures(Grouping.SCHOOL, user, period, providerId), providerId);
    }

    /** Each school's totals over all its providers, with how many of them are green, amber, red or unaudited. */
    public List<Measures> schools(ComparePeriod period) {
        SignedInUser user = requireAny();
        return withCounts(Grouping.SCHOOL, user, measures(Grouping.SCHOOL, user, period, null), null);
    }

    /** The governors' view: by school and provider type, counts and percentages only. */
    public List<Measures> bySchoolAndType(ComparePeriod period) {
        SignedInUser user = requireAny();
        return withCounts(Grouping.SCHOOL_AND_TYPE, user, measures(Grouping.SCHOOL_AND_TYPE, user, period, null),
                null);
    }

    /** One provider's placements, attendance and reviews half-term by half-term over the period. */
    public List<HalfTermPoint> trend(long providerId, ComparePeriod period) {
        SignedInUser user = access.require(Permission.COMPARE_READ);
        return queries.trend(scope(user), providerId, period.from(), period.to(), LocalDate.now(clock));
    }

    private List<Measures> measures(Grouping grouping, SignedInUser user, ComparePeriod period,
            @Nullable Long providerId) {
        return queries.measures(grouping, scope(user), period.from(), period.to(), LocalDate.now(clock), providerId,
                triggers.flagged().keySet());
    }

    /**
     * The counts made elsewhere in MariaDB, per school and provider, summed into the rows they belong to:
     * visit cadence ({@link CadenceService#counts()}, today) and renewals overdue today
     * ({@link RenewalQueries#overdueByProvider}, what {@code /renewals} shows as overdue: rows of the
     * user's schools, and for trust-wide users also the provider's rows of no school).
     */
    private List<Measures> withCounts(Grouping grouping, SignedInUser user, List<Measures> rows,
            @Nullable Long providerId) {
        if (rows.isEmpty()) {
            return rows;
        }
        CompareScope scope = scope(user);
        boolean wholeTrust = wholeTrust(user);
        List<CellCount> cells = new ArrayList<>();
        if (access.isPermitted(Permission.VISIT_COUNT)) {
            for (CadenceCount count : cadence.counts()) {
                cells.add(new CellCount(count.schoolId(), count.providerId(), count.placements(),
                        count.withinCadence(), 0));
            }
        }
        for (OverdueCount count : renewals.overdueByProvider(user.trustId(), LocalDate.now(clock))) {
            cells.add(new CellCount(count.schoolId(), count.providerId(), 0, 0, count.overdue()));
        }
        List<CellCount> inScope = cells.stream()
                .filter(c -> c.schoolId() == null ? wholeTrust && grouping == Grouping.PROVIDER
                        : scope.schoolIds().contains(c.schoolId()))
                .filter(c -> providerId == null || c.providerId() == providerId)
                .toList();
        Map<Long, ProviderType> types = grouping == Grouping.SCHOOL_AND_TYPE
                ? queries.types(user.trustId(), inScope.stream().map(CellCount::providerId).distinct().toList())
                : Map.of();
        Function<CellCount, Object> keyOfCount = switch (grouping) {
            case PROVIDER -> CellCount::providerId;
            case SCHOOL -> CellCount::schoolId;
            case SCHOOL_AND_TYPE -> c -> List.of(Objects.requireNonNull(c.schoolId()),
                    Objects.requireNonNull(types.get(c.providerId())));
        };
        Function<Measures, Object> keyOfRow = switch (grouping) {
            case PROVIDER -> Measures::providerId;
            case SCHOOL -> Measures::schoolId;
            case SCHOOL_AND_TYPE -> m -> List.of(Objects.requireNonNull(m.schoolId()), Objects.requireNonNull(m.type()));
        };
        Map<Object, long[]> sums = new HashMap<>();
        for (CellCount count : inScope) {
            long[] sum = sums.computeIfAbsent(keyOfCount.apply(count), k -> new long[3]);
            sum[0] += count.cadencePlacements();
            sum[1] += count.withinCadence();
            sum[2] += count.renewalsOverdue();
        }
        return rows.stream().map(row -> {
            long[] sum = sums.get(keyOfRow.apply(row));
            return sum == null ? row : row.withCadence(sum[0], sum[1]).withRenewalsOverdue(sum[2]);
        }).toList();
    }

    /** Counts of one school (null: no school) at one provider. */
    private record CellCount(@Nullable Long schoolId, long providerId, long cadencePlacements, long withinCadence,
            long renewalsOverdue) {}

    private SignedInUser requireAny() {
        return access.isPermitted(Permission.COMPARE_READ) ? access.require(Permission.COMPARE_READ)
                : access.require(Permission.COMPARE_AGGREGATE);
    }

    /**
     * The schools whose numbers the user may count: the trust's for trust-wide roles and for governors
     * who belong to the trust rather than a school (the board); otherwise their own school only.
     */
    private CompareScope scope(SignedInUser user) {
        if (wholeTrust(user)) {
            return new CompareScope(user.trustId(), schools.trustSchools().stream().map(SchoolSummary::id).toList());
        }
        return new CompareScope(user.trustId(), List.of(user.schoolId()));
    }

    private boolean wholeTrust(SignedInUser user) {
        return access.isPermitted(Permission.TRUST_WIDE) || user.schoolId() == null;
    }

    /** The user's school's calendar, or for trust-level users the first school's that covers today. */
    private Optional<SchoolCalendar> referenceCalendar(SignedInUser user, LocalDate today) {
        Collection<Long> candidates = user.schoolId() != null ? List.of(user.schoolId())
                : access.isPermitted(Permission.TRUST_WIDE)
                        ? schools.trustSchools().stream().map(SchoolSummary::id).toList()
                        : List.of();
        return candidates.stream().map(calendars::calendarOf).filter(c -> c.covers(today)).findFirst();
    }

    /** The term (Autumn, Spring, Summer) of the half-term today is in, or of the last one begun. */
    private static Optional<ComparePeriod> thisTerm(SchoolCalendar calendar, LocalDate today) {
        CalendarYear year = calendar.yearOf(today);
        List<HalfTerm> halfTerms = year.halfTerms();
        if (halfTerms.isEmpty()) {
            return Optional.empty();
        }
        HalfTerm current = halfTerms.stream().filter(h -> !h.startsOn().isAfter(today)).reduce((a, b) -> b)
                .orElse(halfTerms.getFirst());
        List<HalfTerm> term = halfTerms.stream().filter(h -> h.term().equals(current.term())).toList();
        return Optional.of(new ComparePeriod("term", "This term (" + current.term() + " " + year.year().label() + ")",
                term.getFirst().startsOn(), term.getLast().endsOn()));
    }

    /** An academic year from the first day of its first half-term to the last of its last, else 1 Sep to 31 Aug. */
    private static ComparePeriod academicYear(@Nullable SchoolCalendar calendar, AcademicYear year) {
        String key = "year-" + year.startYear();
        String label = "Academic year " + year.label();
        if (calendar != null && calendar.covers(year.startsOn())) {
            List<HalfTerm> halfTerms = calendar.yearOf(year.startsOn()).halfTerms();
            if (!halfTerms.isEmpty()) {
                return new ComparePeriod(key, label, halfTerms.getFirst().startsOn(), halfTerms.getLast().endsOn());
            }
        }
        return new ComparePeriod(key, label, year.startsOn(), year.endsOn());
    }
}
