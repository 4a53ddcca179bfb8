package uk.apassure.review;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.attendance.WeekFigures;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.placement.PlacementBrief;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.ReviewsChanged;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;
import uk.apassure.visit.ConcernAtProvider;
import uk.apassure.visit.ConcernService;

/**
 * Placement reviews. Reviews are pupil data: every method checks the permission, and the
 * placement's scope through {@link PlacementService} (the pupil's school; the trust for trust
 * leads), so another school's review answers like a missing one. Drafting is for the pupil's own
 * school; SLT and the headteacher sign off and amend; governors get counts.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    /** A review lists the placement's planned outcomes; more than this is a slip. */
    static final int MAX_OUTCOMES = 30;

    private final ReviewRepository reviews;
    private final ReviewAmendmentRepository amendments;
    private final PlacementService placements;
    private final CalendarService calendars;
    private final ConcernService concerns;
    private final List<SignOffCheck> signOffChecks;
    private final AccessGuard access;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final AttendanceService attendance;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ReviewAmendmentRepository amendments, PlacementService placements,
            CalendarService calendars, ConcernService concerns, List<SignOffCheck> signOffChecks, AccessGuard access,
            Validator validator, ApplicationEventPublisher events, AttendanceService attendance, Clock clock) {
        this.reviews = reviews;
        this.amendments = amendments;
        this.placements = placements;
        this.calendars = calendars;
        this.concerns = concerns;
        this.signOffChecks = List.copyOf(signOffChecks);
        this.access = access;
        this.validator = validator;
        this.events = events;
        this.attendance = attendance;
        this.clock = clock;
    }

    /** The placement page's reviews: every review and where the placement stands. */
    public PlacementReviews forPlacement(long placementId) {
        SignedInUser user = access.require(Permission.REVIEW_READ);
        PlacementBrief placement = placement(placementId);
        ReviewOutlook outlook = null;
        String problem = null;
        try {
            outlook = outlooks(List.of(placement)).get(placementId);
        } catch (NoCalendar e) {
            problem = e.getMessage();
        }
        return new PlacementReviews(placementId, reviews.findRows(placementId), outlook, problem,
                mayDraft(user, placement.schoolId()) && placement.status() == PlacementStatus.ACTIVE);
    }

    /**
     * Starts a draft review of an active placement of the user's school: today, the school ticked as
     * present, one line per planned outcome, and the kind the schedule asks for next. Returns its id.
     * A placement has one draft at a time: when one is open, its id is returned instead.
     */
    @Transactional
    public long start(long placementId) {
        SignedInUser user = access.require(Permission.REVIEW_DRAFT);
        PlacementBrief placement = placement(placementId);
        if (!mayDraft(user, placement.schoolId())) {
            throw new InvalidReview(List.of("Only the pupil's own school reviews a placement."));
        }
        if (placement.status() != PlacementStatus.ACTIVE) {
            throw new InvalidReview(List.of("Reviews are held while a placement is active."));
        }
        var open = reviews.findFirstByPlacementIdAndStatusOrderByIdAsc(placementId, ReviewStatus.DRAFT);
        if (open.isPresent()) {
            return open.get().requireId();
        }
        ReviewDraft draft = new ReviewDraft();
        draft.setHeldOn(LocalDate.now(clock));
        draft.setKind(suggestedKind(placement));
        draft.setAttended(Attendee.SCHOOL, true);
        draft.setOutcomes(placement.outcomes().stream().limit(MAX_OUTCOMES)
                .map(outcome -> new ReviewDraft.OutcomeProgress(outcome, null, "")).toList());
        fillAttendance(draft, placement);
        Instant now = clock.instant();
        PlacementReview review = new PlacementReview(placementId, placement.schoolId(), user.id(),
                user.displayName(), now);
        review.apply(draft, now);
        return reviews.saveAndFlush(review).requireId();
    }

    public ReviewPage get(long reviewId) {
        SignedInUser user = access.require(Permission.REVIEW_READ);
        PlacementReview review = reviews.findById(reviewId).orElseThrow(NotFound::new);
        PlacementBrief placement = placement(review.placementId());
        boolean ownSchool = Objects.equals(user.schoolId(), review.schoolId());
        boolean draft = review.status() == ReviewStatus.DRAFT;
        return new ReviewPage(review.requireId(), review.placementId(), placement.pupilName(), placement.startsOn(),
                review.status(), review.toDraft(), review.draftedByName(), review.signedByName(), review.signedAt(),
                review.updatedAt(),
                amendments.findByReviewIdOrderByAmendedAtDescIdDesc(reviewId).stream().map(ReviewAmendment::toView)
                        .toList(),
                draft && mayDraft(user, review.schoolId()),
                draft && ownSchool && access.isPermitted(Permission.REVIEW_SIGN),
                !draft && ownSchool && access.isPermitted(Permission.REVIEW_SIGN));
    }

    /** Autosave: stores the draft as it stands; returns the new version for the next save. */
    @Transactional
    public long saveDraft(long reviewId, ReviewDraft draft) {
        SignedInUser user = access.require(Permission.REVIEW_DRAFT);
        PlacementReview review = draftToChange(reviewId, user, draft);
        review.apply(draft, clock.instant());
        reviews.flush();
        return review.getVersion();
    }

    /**
     * SLT or the headteacher sign off a complete review, once every {@link SignOffCheck} is met (the
     * pupil's risk assessment reviewed); the refusal lists what is missing. Returns the new version.
     */
    @Transactional
    public long signOff(long reviewId, ReviewDraft draft) {
        SignedInUser user = access.require(Permission.REVIEW_SIGN);
        PlacementReview review = draftToChange(reviewId, user, draft);
        List<String> missing = new ArrayList<>(SignOffRules.missing(draft));
        if (draft.getHeldOn() != null) {
            LocalDate heldOn = draft.getHeldOn();
            signOffChecks.forEach(check -> missing.addAll(check.missing(review.placementId(), heldOn)));
        }
        if (!missing.isEmpty()) {
            throw new InvalidReview(missing);
        }
        Instant now = clock.instant();
        review.apply(draft, now);
        review.signOff(user.id(), user.displayName(), now);
        reviews.flush();
        signOffChecks.forEach(check -> check.signedOff(review.placementId(), draft.getNextReviewOn()));
        events.publishEvent(new ReviewsChanged(review.placementId()));
        return review.getVersion();
    }

    /** Changes a signed review: every changed field is kept with who, when, before, after and why. */
    @Transactional
    public long amend(long reviewId, ReviewDraft draft, String reason) {
        SignedInUser user = access.require(Permission.REVIEW_SIGN);
        if (reason.isBlank()) {
            throw new InvalidReview(List.of("Give a reason for the amendment."));
        }
        if (reason.length() > 2000) {
            throw new InvalidReview(List.of("The reason is too long (at most 2000 characters)."));
        }
        PlacementReview review = loadInOwnSchool(reviewId, user);
        if (review.status() != ReviewStatus.SIGNED) {
            throw new InvalidReview(List.of("A draft is changed directly; only a signed review is amended."));
        }
        validate(draft);
        requireVersion(review, draft);
        List<String> missing = SignOffRules.missing(draft);
        if (!missing.isEmpty()) {
            throw new InvalidReview(missing);
        }
        Map<String, String> before = ReviewFields.describe(review.toDraft());
        Map<String, String> after = ReviewFields.describe(draft);
        Set<String> fields = new java.util.LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<String> changed = fields.stream()
                .filter(field -> !Objects.equals(before.getOrDefault(field, ""), after.getOrDefault(field, "")))
                .toList();
        if (changed.isEmpty()) {
            throw new InvalidReview(List.of("Nothing was changed."));
        }
        Instant now = clock.instant();
        for (String field : changed) {
            amendments.save(new ReviewAmendment(reviewId, field, before.getOrDefault(field, ""),
                    after.getOrDefault(field, ""), reason.strip(), user.id(), user.displayName(), now));
        }
        review.apply(draft, now);
        reviews.flush();
        events.publishEvent(new ReviewsChanged(review.placementId()));
        return review.getVersion();
    }

    /**
     * Active placements of the user's school (the trust's for trust leads) that owe a review now (due
     * or overdue, or after a concern) or are flagged "consider ending", the most urgent first. The
     * placements grid's {@code ?review=due} filter lists these. A school without a calendar for
     * today is left out: its placements' pages say why.
     */
    public List<ReviewDueRow> due() {
        access.require(Permission.REVIEW_READ);
        List<PlacementBrief> active = placements.activeBriefs();
        Map<Long, ReviewOutlook> outlooks = outlooksKnown(active);
        return active.stream().filter(p -> outlooks.containsKey(p.id())).map(p -> {
            ReviewOutlook outlook = outlooks.get(p.id());
            return new ReviewDueRow(p.id(), p.schoolId(), p.pupilName(), outlook.state(), outlook.dueBy(),
                    outlook.reasons(), outlook.considerEnding());
        }).filter(row -> row.state().needsAction() || row.considerEnding())
                .sorted(java.util.Comparator.comparing(ReviewDueRow::state).reversed()
                        .thenComparing(ReviewDueRow::dueBy, java.util.Comparator.nullsLast(
                                java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** Drafts of the user's school waiting to be finished and signed off, oldest first. */
    public List<ReviewWaiting> waitingForSignOff() {
        access.require(Permission.REVIEW_READ);
        Map<Long, PlacementBrief> active = placements.activeBriefs().stream()
                .collect(Collectors.toMap(PlacementBrief::id, Function.identity()));
        Set<Long> schools = active.values().stream().map(PlacementBrief::schoolId).collect(Collectors.toSet());
        if (schools.isEmpty()) {
            return List.of();
        }
        return reviews.findDrafts(schools).stream().filter(row -> active.containsKey(row.placementId()))
                .map(row -> new ReviewWaiting(row.id(), row.placementId(), active.get(row.placementId()).pupilName(),
                        row.heldOn(), row.kind(), row.draftedBy()))
                .toList();
    }

    /** Governors: how many active placements of their school owe a review or are flagged; never who. */
    public ReviewCounts counts() {
        access.require(Permission.REVIEW_COUNT);
        Collection<ReviewOutlook> outlooks = outlooksKnown(placements.activeBriefs()).values();
        return new ReviewCounts(outlooks.stream().filter(o -> o.state() == DueState.DUE).count(),
                outlooks.stream().filter(o -> o.state() == DueState.OVERDUE).count(),
                outlooks.stream().filter(ReviewOutlook::considerEnding).count());
    }

    /** The outlook of each placement whose school's calendar covers today. */
    private Map<Long, ReviewOutlook> outlooksKnown(List<PlacementBrief> active) {
        Map<Long, ReviewOutlook> known = new HashMap<>();
        active.stream().collect(Collectors.groupingBy(PlacementBrief::schoolId)).forEach((school, ofSchool) -> {
            try {
                known.putAll(outlooks(ofSchool));
            } catch (NoCalendar e) {
                // the placement's page says the calendar is missing
            }
        });
        return known;
    }

    /** One calendar read per school, one query for the reviews, one for the concerns. */
    private Map<Long, ReviewOutlook> outlooks(List<PlacementBrief> briefs) {
        if (briefs.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<HeldReview>> held = reviews.findHeld(briefs.stream().map(PlacementBrief::id).toList()).stream()
                .collect(Collectors.groupingBy(HeldReview::placementId));
        Set<Long> providers = briefs.stream().flatMap(p -> p.providerIds().stream()).collect(Collectors.toSet());
        LocalDate earliest = briefs.stream().map(PlacementBrief::startsOn).min(LocalDate::compareTo).orElse(today);
        Map<Long, List<LocalDate>> concernDays = concerns.raisedAt(providers,
                        earliest.atStartOfDay(SchoolTime.ZONE).toInstant()).stream()
                .collect(Collectors.groupingBy(ConcernAtProvider::providerId, Collectors.mapping(
                        c -> LocalDate.ofInstant(c.raisedAt(), SchoolTime.ZONE), Collectors.toList())));
        Map<Long, ReviewSchedule> schedules = new HashMap<>();
        Map<Long, ReviewOutlook> outlooks = new HashMap<>();
        for (PlacementBrief placement : briefs) {
            ReviewSchedule schedule = schedules.computeIfAbsent(placement.schoolId(),
                    school -> new ReviewSchedule(calendars.calendarOf(school)));
            List<LocalDate> days = placement.providerIds().stream()
                    .flatMap(id -> concernDays.getOrDefault(id, List.of()).stream()).toList();
            outlooks.put(placement.id(), schedule.outlook(placement, held.getOrDefault(placement.id(), List.of()),
                    days, today));
        }
        return outlooks;
    }

    /**
     * Issue 10: the attendance for the period under review, from the marks: since the day after the
     * last signed review (or the placement's start) up to today. Still editable; the reason field
     * says where it came from, and a changed figure wants a reason there. Left blank when no session
     * of the period is marked (marks missing, a new placement) or the user does not read attendance.
     */
    private void fillAttendance(ReviewDraft draft, PlacementBrief placement) {
        if (!access.isPermitted(Permission.ATTENDANCE_READ)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = reviews.findHeld(List.of(placement.id())).stream().map(HeldReview::heldOn)
                .filter(day -> day.isBefore(today)).max(LocalDate::compareTo).map(day -> day.plusDays(1))
                .orElse(placement.startsOn());
        // with no mark at all in the period there is nothing to compute from: the figure is typed, with its reason
        WeekFigures figures = attendance.overPeriod(placement.id(), from, today)
                .filter(counted -> counted.attended() + counted.absent() > 0).orElse(null);
        if (figures == null || figures.percent().isEmpty()) {
            return;
        }
        draft.setAttendancePercent(BigDecimal.valueOf(figures.percent().getAsDouble()).setScale(1,
                RoundingMode.HALF_UP));
        draft.setAttendanceReason("From the attendance marks, " + UkDates.date(from) + " to " + UkDates.date(today)
                + ": " + figures.attended() + " of " + (figures.expected() - figures.notExpected())
                + " sessions attended"
                + (figures.unmarked() > 0 ? " (" + figures.unmarked() + " not marked, counted as absent)" : ""));
    }

    /** A concern first; then the termly agreement review when that is owed; else the half-termly one. */
    private ReviewKind suggestedKind(PlacementBrief placement) {
        try {
            ReviewOutlook outlook = outlooks(List.of(placement)).get(placement.id());
            if (outlook.concernOn() != null) {
                return ReviewKind.EARLY_AFTER_CONCERN;
            }
            if (outlook.termly().state().needsAction()) {
                return ReviewKind.TERMLY_AGREEMENT;
            }
        } catch (NoCalendar e) {
            // no calendar for today: the ordinary kind
        }
        return ReviewKind.HALF_TERMLY;
    }

    private PlacementReview draftToChange(long reviewId, SignedInUser user, ReviewDraft draft) {
        validate(draft);
        PlacementReview review = loadInOwnSchool(reviewId, user);
        if (review.status() != ReviewStatus.DRAFT) {
            throw new InvalidReview(List.of("This review has been signed off; amend it with a reason instead."));
        }
        requireVersion(review, draft);
        return review;
    }

    private PlacementReview loadInOwnSchool(long reviewId, SignedInUser user) {
        PlacementReview review = reviews.findById(reviewId).orElseThrow(NotFound::new);
        placement(review.placementId());
        if (!Objects.equals(user.schoolId(), review.schoolId())) {
            throw new InvalidReview(List.of("Only the pupil's own school changes a review."));
        }
        return review;
    }

    /** The placement, if the user may see it; another school's answers like a missing one. */
    private PlacementBrief placement(long placementId) {
        try {
            return placements.brief(placementId);
        } catch (PlacementService.NotFound e) {
            throw new NotFound();
        }
    }

    private boolean mayDraft(SignedInUser user, long schoolId) {
        return access.isPermitted(Permission.REVIEW_DRAFT) && Objects.equals(user.schoolId(), schoolId);
    }

    private static void requireVersion(PlacementReview review, ReviewDraft draft) {
        if (review.getVersion() != draft.getVersion()) {
            throw new ConcurrentEdit();
        }
    }

    private void validate(ReviewDraft draft) {
        List<String> problems = new ArrayList<>(validator.validate(draft).stream()
                .map(ConstraintViolation::getMessage).distinct().sorted().toList());
        problems.addAll(SignOffRules.dateProblems(draft, LocalDate.now(clock)));
        if (draft.getOutcomes().size() > MAX_OUTCOMES) {
            problems.add("A review lists at most " + MAX_OUTCOMES + " planned outcomes.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidReview(problems);
        }
    }

    /** The review does not exist or is outside the user's scope: both look the same. */
    public static class NotFound extends Refusal {
        NotFound() {
            super("No such review, or not yours to see.");
        }
    }

    /** The review breaks a rule; each message says what to do. */
    public static class InvalidReview extends Refusal {
        private final List<String> problems;

        InvalidReview(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Someone (or another tab) saved the review since this copy was read. */
    public static class ConcurrentEdit extends Refusal {
        public static final String MESSAGE = "This review was changed elsewhere (another person, tab or device)"
                + " after you opened it, so this change was not saved. Reload to see the latest version.";

        ConcurrentEdit() {
            super(MESSAGE);
        }
    }

}
