package uk.apassure.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.time.DateBounds;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.placement.PlacementPage.ProviderAtPlacement;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.RegistrationTriggers;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Placements and their pupils. Pupil data stays inside the pupil's school and its trust leads
 * (DESIGN.md, the scoping rule): every method checks the permission and the school, and the grid
 * is scoped in its query. Governors get counts only.
 */
@Service
@Transactional(readOnly = true)
public class PlacementService {

    private final PlacementRepository placements;
    private final PupilRepository pupils;
    private final PlacementStatusChangeRepository history;
    private final ProviderService providers;
    private final CalendarService calendars;
    private final PlacementRules rules;
    private final PlacementScope scope;
    private final ProviderChecks checks;
    private final NoticeDeadlines deadlines;
    private final ReviewDeadlines reviewDeadlines;
    private final RegistrationTriggers triggers;
    private final PlacementGrid grid;
    private final ActiveWeeks activeWeeks;
    private final List<StartCheck> startChecks;
    private final AccessGuard access;
    private final Clock clock;

    PlacementService(PlacementRepository placements, PupilRepository pupils, PlacementStatusChangeRepository history,
            ProviderService providers, CalendarService calendars, PlacementRules rules, PlacementScope scope,
            ProviderChecks checks, NoticeDeadlines deadlines, ReviewDeadlines reviewDeadlines, PlacementGrid grid,
            ActiveWeeks activeWeeks, RegistrationTriggers triggers, List<StartCheck> startChecks, AccessGuard access, Clock clock) {
        this.placements = placements;
        this.pupils = pupils;
        this.history = history;
        this.providers = providers;
        this.calendars = calendars;
        this.rules = rules;
        this.scope = scope;
        this.checks = checks;
        this.deadlines = deadlines;
        this.reviewDeadlines = reviewDeadlines;
        this.triggers = triggers;
        this.grid = grid;
        this.activeWeeks = activeWeeks;
        this.startChecks = List.copyOf(startChecks);
        this.access = access;
        this.clock = clock;
    }

    /** One page of the grid: the user's scope, filtered and sorted in the query (never filtered afterwards). */
    public List<PlacementRow> list(PlacementFilter filter, Pageable page) {
        SignedInUser user = access.require(Permission.PLACEMENT_READ);
        List<SchoolSummary> visible = scope.schools(user);
        FlagFacts facts = flagFacts(filter);
        // the trigger is counted across the trust; the counts are kept until a timetable, status or pupil
        // changes (FullTimePupilCounts, V31), so every page's rows carry their badge
        Set<Long> trigger = filter.flags().contains(PlacementFlag.REGISTRATION_TRIGGER) ? facts.triggerProviders()
                : triggers.flagged().keySet();
        return grid.complete(placements.findRows(ids(visible), filter, facts, page), visible, facts.today(),
                trigger);
    }

    public long count(PlacementFilter filter) {
        SignedInUser user = access.require(Permission.PLACEMENT_READ);
        return placements.countRows(scope.schoolIds(user), filter, flagFacts(filter));
    }

    /** The trust-wide trigger count only when the filter asks for it (a page's rows judge their own providers). */
    private FlagFacts flagFacts(PlacementFilter filter) {
        return new FlagFacts(LocalDate.now(clock), filter.flags().contains(PlacementFlag.REGISTRATION_TRIGGER)
                ? triggers.flagged().keySet() : Set.of());
    }

    /** Placements by status, without pupils: governors' view (their school), trust leads' (the trust). */
    public List<PlacementCount> counts() {
        SignedInUser user = access.require(Permission.PLACEMENT_COUNT);
        return placements.keptCountsByStatus(scope.schoolIds(user));
    }

    public PlacementPage get(long placementId) {
        SignedInUser user = access.require(Permission.PLACEMENT_READ);
        Placement placement = scope.load(placementId, user);
        Timetable timetable = placement.timetable();
        List<ProviderAtPlacement> at = timetable.providerIds().stream().sorted().map(id -> {
            ProviderPage provider = providers.get(id);
            double hours = new Timetable(timetable.sessions().stream().filter(s -> s.providerId() == id).toList())
                    .hoursPerWeek();
            return new ProviderAtPlacement(id, provider.name(), provider.status().label(), hours);
        }).toList();
        NoticeRule.NoticeState notice = null;
        LocalDate latest = null;
        String calendarProblem = null;
        try {
            SchoolCalendar calendar = calendars.calendarOf(placement.schoolId());
            latest = NoticeRule.latestNotice(calendar, placement.startsOn());
            notice = NoticeRule.state(calendar, placement.startsOn(), placement.noticeSentOn(), LocalDate.now(clock));
        } catch (NoCalendar e) {
            calendarProblem = e.getMessage();
        }
        return new PlacementPage(placement.requireId(), placement.getVersion(), placement.schoolId(),
                placement.pupil().details(), placement.status(), placement.terms(), at, placement.agreement(),
                placement.noticeSentOn(), notice, latest, calendarProblem, placement.destination(),
                history.findByPlacementIdOrderByAtAsc(placementId).stream().map(PlacementStatusChange::view).toList(),
                scope.canEdit(user, placement), access.isPermitted(Permission.PLACEMENT_STATUS)
                        && Objects.equals(user.schoolId(), placement.schoolId()) && !placement.status().isFinal());
    }

    /** One placement as features built on placements need it (reviews), after the same checks as {@link #get}. */
    public PlacementBrief brief(long placementId) {
        SignedInUser user = access.require(Permission.PLACEMENT_READ);
        return load(placementId, user).brief();
    }

    /**
     * The active placements of the user's school (the trust's for trust-wide roles), in one query.
     * Those who see counts only (governors) get them without the pupil's name, for counting.
     */
    public List<PlacementBrief> activeBriefs() {
        boolean reads = access.isPermitted(Permission.PLACEMENT_READ);
        SignedInUser user = access.require(reads ? Permission.PLACEMENT_READ : Permission.PLACEMENT_COUNT);
        List<Long> schools = scope(user);
        return schools.isEmpty() ? List.of() : placements.findActiveIn(schools).stream().map(Placement::brief)
                .map(brief -> reads ? brief : brief.withoutPupil()).toList();
    }

    /**
     * The active placements' weeks of the user's school (the trust's for trust-wide roles), in one
     * query, for attendance. Those who see counts only (governors) get them without the pupil.
     */
    public List<PlacementWeek> activeWeeks() {
        return activeWeeks(null);
    }

    /**
     * As {@link #activeWeeks()}, only the placements running on {@code date} with their sessions of
     * that weekday (a day's register): read as columns, not entities.
     */
    public List<PlacementWeek> activeWeeksOn(LocalDate date) {
        return activeWeeks(date);
    }

    private List<PlacementWeek> activeWeeks(@Nullable LocalDate on) {
        boolean reads = access.isPermitted(Permission.PLACEMENT_READ);
        SignedInUser user = access.require(reads ? Permission.PLACEMENT_READ : Permission.PLACEMENT_COUNT);
        List<Long> schools = scope(user);
        return schools.isEmpty() ? List.of() : activeWeeks.of(schools, on).stream()
                .map(week -> reads ? week : week.withoutPupil()).toList();
    }

    /**
     * The schools whose active placements the user may read or count (their own; the trust's for
     * trust leads), for features that aggregate over them in SQL (attendance's weekly figures).
     */
    public List<Long> schoolsInScope() {
        boolean reads = access.isPermitted(Permission.PLACEMENT_READ);
        return scope(access.require(reads ? Permission.PLACEMENT_READ : Permission.PLACEMENT_COUNT));
    }

    /** One placement's week, after the same checks as {@link #get}. */
    public PlacementWeek week(long placementId) {
        SignedInUser user = access.require(Permission.PLACEMENT_READ);
        return load(placementId, user).week();
    }

    /**
     * Proposes a placement for a pupil of the user's school: a new pupil, or the one with the same
     * UPN (a pupil can have several placements over time).
     */
    @Transactional
    public long propose(PupilDetails pupilDetails, PlacementTerms terms) {
        SignedInUser user = access.require(Permission.PLACEMENT_EDIT);
        long schoolId = ownSchool(user);
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>(rules.pupilProblems(pupilDetails, today));
        problems.addAll(rules.termsProblems(terms, today));
        problems.addAll(checks.forTimetable(terms.timetable(), new Timetable(List.of())));
        if (!problems.isEmpty()) {
            throw new InvalidPlacement(problems);
        }
        Pupil pupil = pupils.findBySchoolIdAndUpn(schoolId, Upn.normalise(pupilDetails.upn()))
                .orElseGet(() -> new Pupil(schoolId, pupilDetails));
        pupil.update(pupilDetails);
        pupils.save(pupil);
        placements.renamePupil(pupil.requireId(), pupil.sortName());
        Placement proposal = new Placement(pupil, terms, user.displayName(), Instant.now(clock));
        deadlines.update(proposal);
        Placement placement = placements.save(proposal);
        history.save(new PlacementStatusChange(placement.requireId(), null, PlacementStatus.PROPOSED, "Proposed",
                user.displayName(), Instant.now(clock)));
        return placement.requireId();
    }

    /**
     * Moves a placement on. It becomes active only at providers that are approved (with or without
     * conditions) and whose pre-placement audit is signed off, and when every {@link StartCheck} is
     * met (the pupil's risk assessment); the refusal says what is missing.
     */
    @Transactional
    public void changeStatus(long placementId, long expectedVersion, PlacementStatus target, String reason,
            @Nullable String destination) {
        SignedInUser user = access.require(Permission.PLACEMENT_STATUS);
        Placement placement = scope.load(placementId, user);
        if (!Objects.equals(user.schoolId(), placement.schoolId())) {
            throw new InvalidPlacement("Only the pupil's own school changes a placement.");
        }
        if (placement.getVersion() != expectedVersion) {
            throw new InvalidPlacement(CONCURRENT);
        }
        if (!placement.status().next().contains(target)) {
            throw new InvalidPlacement("A placement that is " + placement.status().label().toLowerCase()
                    + " cannot become " + target.label().toLowerCase() + ".");
        }
        if (reason.isBlank() || reason.length() > 2000) {
            throw new InvalidPlacement("Give a reason (up to 2000 characters).");
        }
        if (target.isFinal() && (destination == null || destination.isBlank())) {
            throw new InvalidPlacement("Record the pupil's destination when the placement ends.");
        }
        if (target == PlacementStatus.ACTIVE) {
            List<String> missing = new ArrayList<>(checks.forActivePlacement(placement.timetable().providerIds())
                    .stream().map(Problem::message).toList());
            startChecks.forEach(check -> missing.addAll(check.missing(placementId)));
            if (!missing.isEmpty()) {
                throw new InvalidPlacement("The placement cannot start yet: " + String.join(" ", missing));
            }
        }
        PlacementStatus from = placement.status();
        placement.changeStatus(target, destination == null ? null : destination.strip());
        reviewDeadlines.update(placement);
        placements.saveAndFlush(placement);
        history.save(new PlacementStatusChange(placementId, from, target, reason.strip(), user.displayName(),
                Instant.now(clock)));
    }

    /**
     * Proposed placements of the user's school whose parental notice is not sent, with the last day
     * to send it on the school calendar (one calendar read for all). A start in a year without a
     * calendar is left out: its page says the calendar is missing.
     */
    public List<NoticeDue> noticesToSend() {
        SignedInUser user = access.require(Permission.PLACEMENT_EDIT);
        if (user.schoolId() == null) {
            return List.of();
        }
        List<UnsentNotice> unsent = placements.findUnsentNotices(user.schoolId());
        if (unsent.isEmpty()) {
            return List.of();
        }
        SchoolCalendar calendar = calendars.calendarOf(user.schoolId());
        List<NoticeDue> due = new ArrayList<>();
        for (UnsentNotice row : unsent) {
            try {
                due.add(new NoticeDue(row.placementId(), row.pupilName(), row.startsOn(),
                        NoticeRule.latestNotice(calendar, row.startsOn())));
            } catch (NoCalendar e) {
                // shown on the placement's page instead
            }
        }
        return due;
    }

    /**
     * Works out again, from each school's calendar, the last day for every placement's parental
     * notice in the trust: after placements were imported in bulk (the large demo, the benchmark).
     * Calendar changes do this by themselves. For those who set up calendars.
     */
    @Transactional
    public void refreshNoticeDeadlines() {
        access.require(Permission.CALENDAR_MANAGE);
        deadlines.refreshTrust();
    }

    /** 001 §7.11: one item of the commissioning agreement confirmed by the signed-in user. */
    @Transactional
    public void confirm(long placementId, AgreementItem item) {
        SignedInUser user = access.require(Permission.PLACEMENT_EDIT);
        Placement placement = scope.editable(placementId, user);
        placement.confirm(item, user.displayName(), Instant.now(clock));
        placements.saveAndFlush(placement);
    }

    /** The day the parental notice was sent: judged on the school calendar against the start. */
    @Transactional
    public void recordNoticeSent(long placementId, LocalDate sentOn) {
        SignedInUser user = access.require(Permission.PLACEMENT_EDIT);
        Placement placement = scope.editable(placementId, user);
        LocalDate today = LocalDate.now(clock);
        if (sentOn.isAfter(today) || !DateBounds.sensible(sentOn, today)) {
            throw new InvalidPlacement("The notice date must be today or earlier.");
        }
        placement.noticeSent(sentOn);
        placements.saveAndFlush(placement);
    }

    /** The placement, when the signed-in user may read it: the checks of {@link #get} (for the notice letter). */
    Placement readable(long placementId) {
        return load(placementId, access.require(Permission.PLACEMENT_READ));
    }

    /** The placement, when the signed-in user may change it (for the notice letter's details). */
    Placement changeable(long placementId) {
        return scope.editable(placementId, access.require(Permission.PLACEMENT_EDIT));
    }

    /** A placement in the user's scope (for the package's other services); another school's is not found. */
    Placement load(long placementId, SignedInUser user) {
        return scope.load(placementId, user);
    }

    /** The schools whose pupils the user may see: their own, or the trust's for trust-wide roles. */
    List<Long> scope(SignedInUser user) {
        return scope.schoolIds(user);
    }

    private static List<Long> ids(List<SchoolSummary> schools) {
        return schools.stream().map(SchoolSummary::id).toList();
    }

    private static long ownSchool(SignedInUser user) {
        if (user.schoolId() == null) {
            throw new InvalidPlacement("Placements are made by the pupil's school.");
        }
        return user.schoolId();
    }

    static final String CONCURRENT = "Someone else changed this placement while you were looking at it. Reload to"
            + " see their change; nothing was saved.";

    /** A refusal in words; where it comes from the form's rules, each message also names its field. */
    public static class InvalidPlacement extends Refusal {

        private final Map<PlacementField, String> byField;

        InvalidPlacement(String message) {
            super(message);
            this.byField = Map.of();
        }

        InvalidPlacement(List<Problem> problems) {
            super(problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
            this.byField = problems.stream().collect(Collectors.toMap(Problem::field, Problem::message,
                    (first, second) -> first + " " + second, () -> new EnumMap<>(PlacementField.class)));
        }

        /** The messages by the field they belong to (several for one field joined); empty when none is named. */
        public Map<PlacementField, String> byField() {
            return byField;
        }
    }

    public static class NotFound extends Refusal {
        NotFound() {
            super("No such placement, or not yours to see.");
        }
    }
}
