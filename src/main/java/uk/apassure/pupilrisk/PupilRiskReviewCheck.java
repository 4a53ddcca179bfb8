package uk.apassure.pupilrisk;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.apassure.base.time.UkDates;
import uk.apassure.review.SignOffCheck;

/**
 * 001 §4.3: the pupil's risk assessment is reviewed at each placement review. A review held on a day
 * is signed off only once the current version was approved or confirmed unchanged on or after that
 * day; the review's next date becomes the assessment's next review date (for renewals). Asked by the
 * review service after its own permission and scope checks.
 */
@Component
class PupilRiskReviewCheck implements SignOffCheck {

    private final PupilRiskRepository assessments;

    PupilRiskReviewCheck(PupilRiskRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<String> missing(long placementId, LocalDate heldOn) {
        return assessments.findByPlacementIdAndStatus(placementId, RiskStatus.APPROVED)
                .map(current -> current.lastReviewedOn() != null && !current.lastReviewedOn().isBefore(heldOn)
                        ? List.<String>of()
                        : List.of("Review the pupil's risk assessment at this review: confirm it unchanged or approve"
                                + " a new version, on or after " + UkDates.date(heldOn)
                                + " (\"Pupil risk assessment\" on the placement's page)."))
                .orElse(List.of("The pupil has no approved risk assessment: approve one on the placement's page"
                        + " before signing off this review."));
    }

    @Override
    public void signedOff(long placementId, @Nullable LocalDate nextReviewOn) {
        assessments.findByPlacementIdAndStatus(placementId, RiskStatus.APPROVED).ifPresent(current -> {
            current.reviewDue(nextReviewOn);
            assessments.saveAndFlush(current);
        });
    }
}
