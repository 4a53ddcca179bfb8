package uk.apassure.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;

/** One review of a placement: a draft while it is filled in, then signed off by SLT or the headteacher. */
@Audited
@Entity
@Table(name = "placement_review")
class PlacementReview extends AbstractEntity {

    private long placementId;
    private long schoolId;

    @Enumerated(EnumType.STRING)
    private ReviewStatus status = ReviewStatus.DRAFT;

    private @Nullable LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private @Nullable ReviewKind kind;

    @NotAudited
    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "placement_review_attendee", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "attendee")
    private Set<Attendee> attendees = EnumSet.noneOf(Attendee.class);

    private String attendeeNames = "";
    private @Nullable BigDecimal attendancePercent;
    private String attendanceReason = "";

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "placement_review_outcome", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<ReviewOutcome> outcomes = new ArrayList<>();

    @Column(columnDefinition = "text")
    private String behaviour = "";
    @Column(columnDefinition = "text")
    private String welfare = "";
    @Column(columnDefinition = "text")
    private String pupilViews = "";
    @Column(columnDefinition = "text")
    private String parentViews = "";
    private @Nullable Boolean improved;

    @Enumerated(EnumType.STRING)
    private @Nullable ReviewDecision decision;

    @Column(columnDefinition = "text")
    private String decisionNote = "";
    private @Nullable LocalDate nextReviewOn;

    private long draftedById;
    private String draftedByName = "";
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;
    private @Nullable Long signedById;
    private @Nullable String signedByName;
    private @Nullable Instant signedAt;

    protected PlacementReview() {}

    PlacementReview(long placementId, long schoolId, long byId, String byName, Instant at) {
        this.placementId = placementId;
        this.schoolId = schoolId;
        this.draftedById = byId;
        this.draftedByName = byName;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void apply(ReviewDraft draft, Instant at) {
        heldOn = draft.getHeldOn();
        kind = draft.getKind();
        attendees.clear();
        attendees.addAll(draft.getAttendees());
        attendeeNames = draft.getAttendeeNames().strip();
        attendancePercent = draft.getAttendancePercent();
        attendanceReason = draft.getAttendanceReason().strip();
        outcomes.clear();
        draft.getOutcomes().stream().map(ReviewOutcome::of).forEach(outcomes::add);
        behaviour = draft.getBehaviour();
        welfare = draft.getWelfare();
        pupilViews = draft.getPupilViews();
        parentViews = draft.getParentViews();
        // only a formal review meeting asks whether things improved since the last one (000 §14.7)
        improved = draft.getKind() == ReviewKind.FORMAL ? draft.getImproved() : null;
        decision = draft.getDecision();
        decisionNote = draft.getDecisionNote();
        nextReviewOn = draft.getNextReviewOn();
        updatedAt = at;
    }

    void signOff(long byId, String byName, Instant at) {
        if (status != ReviewStatus.DRAFT) {
            throw new IllegalStateException("Review " + getId() + " is already signed off");
        }
        status = ReviewStatus.SIGNED;
        signedById = byId;
        signedByName = byName;
        signedAt = at;
    }

    ReviewDraft toDraft() {
        ReviewDraft draft = new ReviewDraft();
        draft.setHeldOn(heldOn);
        draft.setKind(kind);
        draft.setAttendees(attendees);
        draft.setAttendeeNames(attendeeNames);
        draft.setAttendancePercent(attendancePercent);
        draft.setAttendanceReason(attendanceReason);
        draft.setOutcomes(outcomes.stream().map(ReviewOutcome::toDraft).toList());
        draft.setBehaviour(behaviour);
        draft.setWelfare(welfare);
        draft.setPupilViews(pupilViews);
        draft.setParentViews(parentViews);
        draft.setImproved(improved);
        draft.setDecision(decision);
        draft.setDecisionNote(decisionNote);
        draft.setNextReviewOn(nextReviewOn);
        draft.setVersion(getVersion());
        return draft;
    }

    long placementId() {
        return placementId;
    }

    long schoolId() {
        return schoolId;
    }

    ReviewStatus status() {
        return status;
    }

    String draftedByName() {
        return draftedByName;
    }

    @Nullable String signedByName() {
        return signedByName;
    }

    @Nullable Instant signedAt() {
        return signedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
