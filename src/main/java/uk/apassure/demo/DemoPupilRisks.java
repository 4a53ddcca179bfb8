package uk.apassure.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.apassure.pupilrisk.PupilRiskService;
import uk.apassure.pupilrisk.ResidualRating;
import uk.apassure.pupilrisk.RiskArea;
import uk.apassure.pupilrisk.RiskLine;
import uk.apassure.security.SubjectRunner;

/**
 * The pupil's individual risk assessment a demo placement needs before it starts (001 §4.3):
 * written by the school's AP lead with the provider, approved by its SLT. Fictional content.
 */
@Component
@Profile("demo")
class DemoPupilRisks {

    private final PupilRiskService risks;
    private final SubjectRunner runner;
    private final Clock clock;

    DemoPupilRisks(PupilRiskService risks, SubjectRunner runner, Clock clock) {
        this.risks = risks;
        this.runner = runner;
        this.clock = clock;
    }

    void approved(String aplead, String slt, long placementId) {
        long version = runner.callAs(aplead, () -> risks.saveDraft(placementId, null, List.of(
                new RiskLine(RiskArea.TRAVEL, "Travels to the provider on a public bus and has got off early before",
                        "Provider's key worker meets the bus and phones the school's attendance line by 09:15 if the"
                                + " pupil has not arrived", "Key worker at the provider", ResidualRating.LOW),
                new RiskLine(RiskArea.BEHAVIOURAL, "Leaves the room when frustrated; has walked off site once",
                        "Agreed quiet space on site; staff member stays in sight; school told the same day of any"
                                + " walk-off", "Centre manager", ResidualRating.MEDIUM),
                new RiskLine(RiskArea.ONLINE, "Shares a phone number with older contacts met online",
                        "Phones handed in at the start of the day; provider's online-safety session in week one",
                        "Centre manager", ResidualRating.LOW))));
        runner.runAs(slt, () -> risks.approve(placementId, version, LocalDate.now(clock)));
    }
}
