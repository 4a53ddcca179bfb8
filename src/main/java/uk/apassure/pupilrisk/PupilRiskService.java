package uk.apassure.pupilrisk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.time.DateBounds;
import uk.apassure.base.time.UkDates;
import uk.apassure.placement.PlacementBrief;
import uk.apassure.placement.PlacementService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Pupils' individual risk assessments (001 §4.3). Pupil data: every method checks the permission
 * and the placement's scope through {@link PlacementService} (the pupil's school; the trust for
 * trust leads), so another school's answers like a missing one; governors and administrators hold
 * no permission here. Only the pupil's own school writes, approves and reviews them, while the
 * placement has not ended.
 */
@Service
@Transactional(readOnly = true)
public class PupilRiskService {

    static final int MAX_LINES = 40;
    static final int MAX_RISK = 2000;
    static final int MAX_CONTROLS = 4000;
    static final int MAX_AGREED_WITH = 200;
    static final int MAX_NOTE = 1000;

    private final PupilRiskRepository assessments;
    private final PupilRiskReviewRepository reviews;
    private final PupilRiskStates states;
    private final PlacementService placements;
    private final AccessGuard access;
    private final Clock clock;

    PupilRiskService(PupilRiskRepository assessments, PupilRiskReviewRepository reviews, PupilRiskStates states,
            PlacementService placements, AccessGuard access, Clock clock) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.states = states;
        this.placements = placements;
        this.access = access;
        this.clock = clock;
    }

    /** Every version of the placement's assessment, where it stands and what the user may do. */
    public PupilRiskPage forPlacement(long placementId) {
        SignedInUser user = access.require(Permission.PUPIL_RISK_READ);
        PlacementBrief placement = placement(placementId);
        List<PupilRiskAssessment> all = assessments.findAllOf(placementId);
        Map<Long, Integer> numbers = all.stream()
                .collect(Collectors.toMap(PupilRiskAssessment::requireId, PupilRiskAssessment::versionNo));
        PupilRiskPage.Version current = null;
        PupilRiskPage.Version draft = null;
        List<PupilRiskPage.Version> earlier = new ArrayList<>();
        for (PupilRiskAssessment assessment : all) {
            switch (assessment.status()) {
                case APPROVED -> current = assessment.view();
                case DRAFT -> draft = assessment.view();
                case SUPERSEDED -> earlier.add(assessment.view());
            }
        }
        boolean open = ownSchool(user, placement) && !placement.status().isFinal();
        return new PupilRiskPage(placementId, placement.status(), current, draft, earlier,
                states.stateOf(placementId, LocalDate.now(clock)),
                reviews.findByPlacementIdOrderByRecordedAtDescIdDesc(placementId).stream()
                        .map(r -> r.view(numbers.getOrDefault(r.assessmentId(), 0))).toList(),
                open && access.isPermitted(Permission.PUPIL_RISK_EDIT),
                open && access.isPermitted(Permission.PUPIL_RISK_APPROVE));
    }

    /**
     * Saves the draft as written (a new draft, from the current version's lines when there is one,
     * when {@code draftVersion} is null). Lines left wholly empty are dropped. Returns the draft's new version.
     */
    @Transactional
    public long saveDraft(long placementId, @Nullable Long draftVersion, List<RiskLine> lines) {
        SignedInUser user = access.require(Permission.PUPIL_RISK_EDIT);
        PlacementBrief placement = changeable(placementId, user);
        List<RiskLine> kept = lines.stream().filter(line -> !line.isBlank()).toList();
        List<String> problems = lineProblems(kept);
        if (!problems.isEmpty()) {
            throw new InvalidRiskAssessment(problems);
        }
        Instant now = clock.instant();
        PupilRiskAssessment draft = assessments.findByPlacementIdAndStatus(placementId, RiskStatus.DRAFT).orElse(null);
        if (draft == null) {
            if (draftVersion != null) {
                throw new InvalidRiskAssessment(List.of(CONCURRENT));
            }
            draft = new PupilRiskAssessment(placementId, placement.schoolId(),
                    assessments.lastVersionNo(placementId) + 1, user.id(), user.displayName(), now);
        } else if (draftVersion == null || draft.getVersion() != draftVersion) {
            throw new InvalidRiskAssessment(List.of(CONCURRENT));
        }
        draft.write(kept, now);
        return assessments.saveAndFlush(draft).getVersion();
    }

    /**
     * DSL, SLT or the headteacher approve the draft on {@code approvedOn}: it becomes the current
     * version, the one before it is kept to read. Every line must be complete.
     */
    @Transactional
    public void approve(long placementId, long draftVersion, LocalDate approvedOn) {
        SignedInUser user = access.require(Permission.PUPIL_RISK_APPROVE);
        changeable(placementId, user);
        PupilRiskAssessment draft = assessments.findByPlacementIdAndStatus(placementId, RiskStatus.DRAFT)
                .orElseThrow(() -> new InvalidRiskAssessment(List.of("There is no draft to approve.")));
        if (draft.getVersion() != draftVersion) {
            throw new InvalidRiskAssessment(List.of(CONCURRENT));
        }
        PupilRiskAssessment current = assessments.findByPlacementIdAndStatus(placementId, RiskStatus.APPROVED)
                .orElse(null);
        List<String> problems = new ArrayList<>(approvalProblems(draft.lines()));
        problems.addAll(dayProblems(approvedOn, "approval"));
        if (current != null && Objects.requireNonNull(current.approvedOn()).isAfter(approvedOn)) {
            problems.add("A new version is approved on or after the current one (approved "
                    + UkDates.date(current.approvedOn()) + ").");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRiskAssessment(problems);
        }
        Instant now = clock.instant();
        if (current != null) {
            current.supersede(now);
            assessments.saveAndFlush(current);
        }
        draft.approve(user.id(), user.displayName(), approvedOn, now, current == null ? null : current.reviewDueOn());
        assessments.saveAndFlush(draft);
        reviews.save(new PupilRiskReview(draft, RiskReviewOutcome.APPROVED, approvedOn, "", user.id(),
                user.displayName(), now));
    }

    /** At a placement review: the current version was looked at on {@code reviewedOn} and still holds. */
    @Transactional
    public void confirmUnchanged(long placementId, long currentVersion, LocalDate reviewedOn, String note) {
        SignedInUser user = access.require(Permission.PUPIL_RISK_APPROVE);
        PupilRiskAssessment current = current(placementId, currentVersion, user);
        List<String> problems = new ArrayList<>(dayProblems(reviewedOn, "review"));
        if (Objects.requireNonNull(current.approvedOn()).isAfter(reviewedOn)) {
            problems.add("The review cannot be before the version was approved (" + UkDates.date(current.approvedOn())
                    + ").");
        }
        if (note.strip().length() > MAX_NOTE) {
            problems.add("A note has at most " + MAX_NOTE + " characters.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRiskAssessment(problems);
        }
        Instant now = clock.instant();
        current.reviewed(reviewedOn, now);
        assessments.saveAndFlush(current);
        reviews.save(new PupilRiskReview(current, RiskReviewOutcome.CONFIRMED, reviewedOn, note.strip(), user.id(),
                user.displayName(), now));
    }

    /** Something changed (a suspension, a concern about the pupil): the current version needs review now. */
    @Transactional
    public void markReviewNeeded(long placementId, long currentVersion, String reason) {
        SignedInUser user = access.require(Permission.PUPIL_RISK_EDIT);
        PupilRiskAssessment current = current(placementId, currentVersion, user);
        if (reason.isBlank() || reason.strip().length() > MAX_NOTE) {
            throw new InvalidRiskAssessment(List.of("Say why it needs review (up to " + MAX_NOTE + " characters)."));
        }
        Instant now = clock.instant();
        current.needsReview(reason.strip(), now);
        assessments.saveAndFlush(current);
        reviews.save(new PupilRiskReview(current, RiskReviewOutcome.REVIEW_NEEDED, LocalDate.now(clock),
                reason.strip(), user.id(), user.displayName(), now));
    }

    private PupilRiskAssessment current(long placementId, long currentVersion, SignedInUser user) {
        changeable(placementId, user);
        PupilRiskAssessment current = assessments.findByPlacementIdAndStatus(placementId, RiskStatus.APPROVED)
                .orElseThrow(() -> new InvalidRiskAssessment(List.of("There is no approved risk assessment yet.")));
        if (current.getVersion() != currentVersion) {
            throw new InvalidRiskAssessment(List.of(CONCURRENT));
        }
        return current;
    }

    private List<String> dayProblems(LocalDate day, String what) {
        LocalDate today = LocalDate.now(clock);
        if (day.isAfter(today) || !DateBounds.sensible(day, today)) {
            return List.of("The date of the " + what + " must be today or earlier (" + UkDates.date(day) + ").");
        }
        return List.of();
    }

    /** Problems any save refuses: too many lines, a line without its area, text too long. */
    static List<String> lineProblems(List<RiskLine> lines) {
        List<String> problems = new ArrayList<>();
        if (lines.size() > MAX_LINES) {
            problems.add("At most " + MAX_LINES + " risks in one assessment.");
        }
        for (int i = 0; i < lines.size(); i++) {
            RiskLine line = lines.get(i);
            String which = "Risk " + (i + 1);
            if (line.area() == null) {
                problems.add(which + ": choose its area.");
            }
            if (line.risk().length() > MAX_RISK) {
                problems.add(which + ": describe the risk in at most " + MAX_RISK + " characters.");
            }
            if (line.controls().length() > MAX_CONTROLS) {
                problems.add(which + ": the controls have at most " + MAX_CONTROLS + " characters.");
            }
            if (line.agreedWith().length() > MAX_AGREED_WITH) {
                problems.add(which + ": who agreed it has at most " + MAX_AGREED_WITH + " characters.");
            }
        }
        return problems;
    }

    /** 001 §4.3: an approved assessment names each risk, its controls, who at the provider agreed them, and the residual risk. */
    static List<String> approvalProblems(List<RiskLine> lines) {
        if (lines.isEmpty()) {
            return List.of("Record at least one risk, with the controls agreed with the provider.");
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RiskLine line = lines.get(i);
            String which = "Risk " + (i + 1) + (line.area() == null ? "" : " (" + line.area().label() + ")");
            if (line.risk().isEmpty()) {
                problems.add(which + ": describe the risk.");
            }
            if (line.controls().isEmpty()) {
                problems.add(which + ": write the controls agreed with the provider.");
            }
            if (line.agreedWith().isEmpty()) {
                problems.add(which + ": say who at the provider agreed the controls.");
            }
            if (line.residual() == null) {
                problems.add(which + ": rate the residual risk.");
            }
        }
        return problems;
    }

    /** The placement, if the user may see it; another school's answers like a missing one. */
    private PlacementBrief placement(long placementId) {
        try {
            return placements.brief(placementId);
        } catch (PlacementService.NotFound e) {
            throw new NotFound();
        }
    }

    private PlacementBrief changeable(long placementId, SignedInUser user) {
        PlacementBrief placement = placement(placementId);
        if (!ownSchool(user, placement)) {
            throw new InvalidRiskAssessment(List.of("Only the pupil's own school changes the pupil's risk assessment."));
        }
        if (placement.status().isFinal()) {
            throw new InvalidRiskAssessment(List.of("The placement has ended: its risk assessment is kept as it is."));
        }
        return placement;
    }

    private static boolean ownSchool(SignedInUser user, PlacementBrief placement) {
        return Objects.equals(user.schoolId(), placement.schoolId());
    }

    static final String CONCURRENT = "Someone else changed this risk assessment while you were looking at it. Reload"
            + " to see their change; nothing was saved.";

    /** No such placement, or not the user's to see. */
    public static class NotFound extends Refusal {
        NotFound() {
            super("No such placement, or not yours to see.");
        }
    }

    /** The request breaks a rule; each message says what to do. */
    public static class InvalidRiskAssessment extends Refusal {
        private final List<String> problems;

        InvalidRiskAssessment(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
