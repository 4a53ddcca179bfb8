package uk.apassure.pupilrisk;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;

/**
 * One version of a pupil's risk assessment for one placement: a draft while it is written, then
 * approved (the current version) until a newer version is approved, then kept to read. The current
 * version carries when it was last reviewed and when the next review is due.
 */
@Audited
@Entity
@Table(name = "pupil_risk_assessment")
class PupilRiskAssessment extends AbstractEntity {

    private long placementId;
    private long schoolId;
    private int versionNo;

    @Enumerated(EnumType.STRING)
    private RiskStatus status = RiskStatus.DRAFT;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "pupil_risk_item", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<RiskLine> lines = new ArrayList<>();

    private long draftedById;
    private String draftedByName = "";
    private Instant updatedAt = Instant.EPOCH;
    private @Nullable Long approvedById;
    private @Nullable String approvedByName;
    private @Nullable LocalDate approvedOn;
    private @Nullable Instant approvedAt;
    private @Nullable LocalDate lastReviewedOn;
    private @Nullable LocalDate reviewDueOn;
    private @Nullable String reviewNeededReason;

    protected PupilRiskAssessment() {}

    PupilRiskAssessment(long placementId, long schoolId, int versionNo, long byId, String byName, Instant at) {
        this.placementId = placementId;
        this.schoolId = schoolId;
        this.versionNo = versionNo;
        this.draftedById = byId;
        this.draftedByName = byName;
        this.updatedAt = at;
    }

    void write(List<RiskLine> newLines, Instant at) {
        if (status != RiskStatus.DRAFT) {
            throw new IllegalStateException("Only a draft is written");
        }
        lines.clear();
        lines.addAll(newLines);
        updatedAt = at;
    }

    /** Becomes the current version; the review due date of the version it replaces carries over. */
    void approve(long byId, String byName, LocalDate on, Instant at, @Nullable LocalDate dueOn) {
        if (status != RiskStatus.DRAFT) {
            throw new IllegalStateException("Only a draft is approved");
        }
        status = RiskStatus.APPROVED;
        approvedById = byId;
        approvedByName = byName;
        approvedOn = on;
        approvedAt = at;
        lastReviewedOn = on;
        reviewDueOn = dueOn;
        reviewNeededReason = null;
        updatedAt = at;
    }

    void supersede(Instant at) {
        status = RiskStatus.SUPERSEDED;
        updatedAt = at;
    }

    /** Looked at again and found right: the latest review day counts. */
    void reviewed(LocalDate on, Instant at) {
        if (lastReviewedOn == null || on.isAfter(lastReviewedOn)) {
            lastReviewedOn = on;
        }
        reviewNeededReason = null;
        updatedAt = at;
    }

    void needsReview(String reason, Instant at) {
        reviewNeededReason = reason;
        updatedAt = at;
    }

    void reviewDue(@Nullable LocalDate on) {
        reviewDueOn = on;
    }

    long placementId() {
        return placementId;
    }

    long schoolId() {
        return schoolId;
    }

    int versionNo() {
        return versionNo;
    }

    RiskStatus status() {
        return status;
    }

    List<RiskLine> lines() {
        return List.copyOf(lines);
    }

    @Nullable LocalDate approvedOn() {
        return approvedOn;
    }

    @Nullable LocalDate lastReviewedOn() {
        return lastReviewedOn;
    }

    @Nullable LocalDate reviewDueOn() {
        return reviewDueOn;
    }

    PupilRiskPage.Version view() {
        return new PupilRiskPage.Version(requireId(), getVersion(), versionNo, status, List.copyOf(lines),
                draftedByName, updatedAt, approvedByName, approvedOn, lastReviewedOn, reviewDueOn,
                reviewNeededReason);
    }
}
