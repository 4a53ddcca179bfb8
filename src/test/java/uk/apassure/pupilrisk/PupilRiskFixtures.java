package uk.apassure.pupilrisk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.security.SubjectRunner;

/** Pupil risk assessments for tests, written and approved through the service as the school's users would. */
@Component
public class PupilRiskFixtures {

    public static final RiskLine TRAVEL = new RiskLine(RiskArea.TRAVEL, "Travels alone by bus; has missed the stop before",
            "Provider meets the bus at 08:50 and phones school if the pupil is not on it", "Site manager at the provider",
            ResidualRating.LOW);

    private final PupilRiskService risks;
    private final SubjectRunner subjects;
    private final Clock clock;

    PupilRiskFixtures(PupilRiskService risks, SubjectRunner subjects, Clock clock) {
        this.risks = risks;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** A one-risk assessment written and approved today by {@code approver} (SLT, headteacher or DSL of the school). */
    public void approved(String approver, long placementId) {
        approved(approver, placementId, LocalDate.now(clock));
    }

    /** As {@link #approved(String, long)}, approved on {@code on}. */
    public void approved(String approver, long placementId, LocalDate on) {
        subjects.runAs(approver, () -> {
            long version = risks.saveDraft(placementId, null, List.of(TRAVEL));
            risks.approve(placementId, version, on);
        });
    }
}
