package uk.apassure.pupilrisk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One time a placement's risk assessment was approved, confirmed unchanged or marked for review: who, when, why. */
@Entity
@Table(name = "pupil_risk_review")
class PupilRiskReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long placementId;
    private long assessmentId;

    @Enumerated(EnumType.STRING)
    private RiskReviewOutcome outcome = RiskReviewOutcome.CONFIRMED;

    private LocalDate reviewedOn = LocalDate.EPOCH;
    private String note = "";
    private long byId;
    private String byName = "";
    private Instant recordedAt = Instant.EPOCH;

    protected PupilRiskReview() {}

    PupilRiskReview(PupilRiskAssessment assessment, RiskReviewOutcome outcome, LocalDate reviewedOn, String note,
            long byId, String byName, Instant at) {
        this.placementId = assessment.placementId();
        this.assessmentId = assessment.requireId();
        this.outcome = outcome;
        this.reviewedOn = reviewedOn;
        this.note = note;
        this.byId = byId;
        this.byName = byName;
        this.recordedAt = at;
    }

    PupilRiskPage.ReviewEntry view(int versionNo) {
        return new PupilRiskPage.ReviewEntry(versionNo, outcome, reviewedOn, note, byName, recordedAt);
    }

    long assessmentId() {
        return assessmentId;
    }
}
