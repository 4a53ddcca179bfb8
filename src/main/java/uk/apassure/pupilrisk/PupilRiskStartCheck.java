package uk.apassure.pupilrisk;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.placement.StartCheck;

/**
 * 001 §4.3: a pupil's individual risk assessment is in place before the placement starts. Asked by
 * the placement service after its own permission and scope checks.
 */
@Component
class PupilRiskStartCheck implements StartCheck {

    private final PupilRiskRepository assessments;

    PupilRiskStartCheck(PupilRiskRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<String> missing(long placementId) {
        if (assessments.findByPlacementIdAndStatus(placementId, RiskStatus.APPROVED).isPresent()) {
            return List.of();
        }
        return List.of(assessments.findByPlacementIdAndStatus(placementId, RiskStatus.DRAFT)
                .map(draft -> "The pupil's risk assessment is still a draft: the DSL, SLT or the headteacher"
                        + " approves it under \"Pupil risk assessment\" on this page.")
                .orElse("The pupil has no approved individual risk assessment: write it with the provider and have"
                        + " it approved under \"Pupil risk assessment\" on this page."));
    }
}
