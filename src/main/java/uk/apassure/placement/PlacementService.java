package uk.apassure.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.audit.AuditRow;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.Decision;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.time.DateBounds;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.organisation.SchoolService;
import uk.apassure.placement.PlacementPage.ProviderAtPlacement;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
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

    private static final Set<ProviderStatus> PLACEABLE =
            EnumSet.of(ProviderStatus.APPROVED, ProviderStatus.APPROVED_WITH_CONDITIONS);

    private final PlacementRepository placements;
    private final PupilRepository pupils;
    private final PlacementStatusChangeRepository history;
    private final ProviderService providers;
    private final AuditService audits;
    private final CalendarService calendars;
    private final SchoolService schools;
    private final PlacementRules rules;
    private final AccessGuard access;
    private final Clock clock;

    PlacementService(PlacementRepository placements, PupilRepository pupils, PlacementStatusChangeRepository history,
            ProviderService providers, AuditService audits, CalendarService calendars, SchoolService schools,
            PlacementRules rules, AccessGuard access, Clock clock) {
        this.placements = placements;
        this.pupils = pupils;
        this.history = history;
        this.providers = providers;
        this.audits = audits;
        this.calendars = calendars;
        this.schools = schools;
        this.rules = rules;
        this.access = access;
        this.clock = clock;
    }

    /** One page of placements in the user's scope. */
    public List<PlacementRow> list(@Nullable PlacementStatus status, Pageable page) {
        SignedInUser user = access.require(Permission.PLACEMENT_READ);
        List<PlacementRow> rows = placements.findRows(scope(user), status, page);
        Map<Long, List<Long>> providerIds = rows.isEmpty() ? Map.of()
                : placements.findProviders(rows.stream().map(PlacementRow::id).toList()).stream()
                        .collect(Collectors.groupingBy(PlacementProvider::placementId,
                                Collectors.mapping(PlacementProvider::providerId, Collectors.toList())));
        Map<Long, String> names = new java.util.HashMap<>();
        return rows.stream().map(row -> new PlacementRow(row.id(), row.pupilName(), row.upn(), row.yearGroup(),
                row.type(), row.status(), row.startsOn(), row.endsOn(),
                providerIds.getOrDefault(row.id(), List.of()).stream().distinct()
                        .map(id -> names.computeIfAbsent(id, k -> providers.choice(k).name())).sorted()
                        .collect(Collectors.joining(", ")))).toList();
    }

    public long count(@Nullable PlacementStatus status) {
        SignedInUser user = access.require(Permission.PLACEMENT_READ);
        return placements.countRows(scope(user), status);
    }

    /** Placements by status, without pupils: governors' view (their school), trust leads' (the trust). */
    public List<PlacementCount> counts() {
        SignedInUser user = access.require(Permission.PLACEMENT_COUNT);
        return placements.countByStatus(scope(user));
    }

    public PlacementPage get(long placementId) {
        SignedInUser user = access.require(Permission.PLACEMENT_READ);
        Placement placement = load(placementId, user);
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
                canEdit(user, placement), access.isPermitted(Permission.PLACEMENT_STATUS)
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
        boolean reads = access.isPermitted(Permission.PLACEMENT_READ);
        SignedInUser user = access.require(reads ? Permission.PLACEMENT_READ : Permission.PLACEMENT_COUNT);
        List<Long> schools = scope(user);
        return schools.isEmpty() ? List.of() : placements.findActiveIn(schools).stream().map(Placement::week)
                .map(week -> reads ? week : week.withoutPupil()).toList();
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
        List<String> problems = new ArrayList<>(rules.pupilProblems(pupilDetails, today));
        problems.addAll(rules.termsProblems(terms, today));
        problems.addAll(providerProblems(terms.timetable()));
        if (!problems.isEmpty()) {
            throw new InvalidPlacement(String.join(" ", problems));
        }
        Pupil pupil = pupils.findBySchoolIdAndUpn(schoolId, Upn.normalise(pupilDetails.upn()))
                .orElseGet(() -> new Pupil(schoolId, pupilDetails));
        pupil.update(pupilDetails);
        pupils.save(pupil);
        Placement placement = placements.save(new Placement(pupil, terms, user.displayName(), Instant.now(clock)));
        history.save(new PlacementStatusChange(placement.requireId(), null, PlacementStatus.PROPOSED, "Proposed",
                user.displayName(), Instant.now(clock)));
        return placement.requireId();
    }

    /**
     * Moves a placement on. It becomes active only at providers that are approved (with or without
     * conditions) and whose pre-placement audit is signed off; the refusal says what is missing.
     */
    @Transactional
    public void changeStatus(long placementId, long expectedVersion, PlacementStatus target, String reason,
            @Nullable String destination) {
        SignedInUser user = access.require(Permission.PLACEMENT_STATUS);
        Placement placement = load(placementId, user);
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
            List<String> missing = activationProblems(placement.timetable());
            if (!missing.isEmpty()) {
                throw new InvalidPlacement("The placement cannot start yet: " + String.join(" ", missing));
            }
        }
        PlacementStatus from = placement.status();
        placement.changeStatus(target, destination == null ? null : destination.strip());
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

    /** 001 §7.11: one item of the commissioning agreement confirmed by the signed-in user. */
    @Transactional
    public void confirm(long placementId, AgreementItem item) {
        SignedInUser user = access.require(Permission.PLACEMENT_EDIT);
        Placement placement = editable(placementId, user);
        placement.confirm(item, user.displayName(), Instant.now(clock));
        placements.saveAndFlush(placement);
    }

    /** The day the parental notice was sent: judged on the school calendar against the start. */
    @Transactional
    public void recordNoticeSent(long placementId, LocalDate sentOn) {
        SignedInUser user = access.require(Permission.PLACEMENT_EDIT);
        Placement placement = editable(placementId, user);
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
        return editable(placementId, access.require(Permission.PLACEMENT_EDIT));
    }

    private List<String> providerProblems(Timetable timetable) {
        List<String> problems = new ArrayList<>();
        for (long providerId : timetable.providerIds()) {
            ProviderPage provider = providers.get(providerId);
            Set<Long> sites = provider.sites().stream().map(ProviderPage.Site::id).collect(Collectors.toSet());
            if (timetable.sessions().stream().filter(s -> s.providerId() == providerId)
                    .anyMatch(s -> !sites.contains(s.siteId()))) {
                problems.add("Choose one of " + provider.name() + "'s own sites for each of its sessions.");
            }
            if (provider.status() == ProviderStatus.DO_NOT_USE || provider.status() == ProviderStatus.ARCHIVED) {
                problems.add(provider.name() + " is " + provider.status().label().toLowerCase()
                        + ": no placement can be made there.");
            }
        }
        return problems;
    }

    private List<String> activationProblems(Timetable timetable) {
        List<String> problems = new ArrayList<>();
        for (long providerId : timetable.providerIds()) {
            ProviderPage provider = providers.get(providerId);
            if (!PLACEABLE.contains(provider.status())) {
                problems.add(provider.name() + " is " + provider.status().label().toLowerCase()
                        + ", not approved.");
            }
            boolean signedOff = audits.forProvider(providerId).stream().map(AuditRow::decision)
                    .anyMatch(d -> d == Decision.APPROVED || d == Decision.APPROVED_WITH_CONDITIONS);
            if (!signedOff) {
                problems.add(provider.name() + " has no signed-off pre-placement audit.");
            }
        }
        return problems;
    }

    private Placement editable(long placementId, SignedInUser user) {
        Placement placement = load(placementId, user);
        if (!canEdit(user, placement)) {
            throw new InvalidPlacement("Only the pupil's own school changes a placement that has not ended.");
        }
        return placement;
    }

    private boolean canEdit(SignedInUser user, Placement placement) {
        return access.isPermitted(Permission.PLACEMENT_EDIT) && Objects.equals(user.schoolId(), placement.schoolId())
                && !placement.status().isFinal();
    }

    Placement load(long placementId, SignedInUser user) {
        Placement placement = placements.findPage(placementId).orElseThrow(NotFound::new);
        if (!scope(user).contains(placement.schoolId())) {
            // another school's pupil: answered like a missing one
            throw new NotFound();
        }
        return placement;
    }

    /** The schools whose pupils the user may see: their own, or the trust's for trust-wide roles. */
    List<Long> scope(SignedInUser user) {
        if (access.isPermitted(Permission.TRUST_WIDE)) {
            return schools.trustSchools().stream().map(SchoolService.SchoolSummary::id).toList();
        }
        return user.schoolId() == null ? List.of() : List.of(user.schoolId());
    }

    private static long ownSchool(SignedInUser user) {
        if (user.schoolId() == null) {
            throw new InvalidPlacement("Placements are made by the pupil's school.");
        }
        return user.schoolId();
    }

    static final String CONCURRENT = "Someone else changed this placement while you were looking at it. Reload to"
            + " see their change; nothing was saved.";

    public static class InvalidPlacement extends Refusal {
        InvalidPlacement(String message) {
            super(message);
        }
    }

    public static class NotFound extends Refusal {
        NotFound() {
            super("No such placement, or not yours to see.");
        }
    }
}
