package uk.apassure.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderService;
import uk.apassure.risk.ChangeKind;
import uk.apassure.risk.HazardKind;
import uk.apassure.risk.RiskAssessmentService;
import uk.apassure.risk.RiskDraft;
import uk.apassure.security.SubjectRunner;

/**
 * Approved risk assessments for three of the demo providers with a signed-off audit, made through the
 * service by Meadowbank's AP lead: one due for renewal soon, one that needs review after the provider
 * reported a change of key staff, and one that is in date.
 */
@Component
@Profile("demo")
class DemoRiskAssessments {

    private final RiskAssessmentService assessments;
    private final ProviderService providers;
    private final SubjectRunner runner;
    private final Clock clock;

    DemoRiskAssessments(RiskAssessmentService assessments, ProviderService providers, SubjectRunner runner,
            Clock clock) {
        this.assessments = assessments;
        this.providers = providers;
        this.runner = runner;
        this.clock = clock;
    }

    void create() {
        LocalDate today = LocalDate.now(clock);
        approve("The Forge Construction Centre", today.minusYears(1).plusDays(20),
                "Workshop sessions in small groups; reviewed with the centre manager.", HazardKind.ANIMALS);
        long farm = approve("Willow Bank Farm", today.minusMonths(4), "Outdoor work with animals and farm machinery.",
                HazardKind.OTHER);
        runner.runAs("aplead", () -> assessments.reportChange(farm, ChangeKind.KEY_STAFF_CHANGED,
                "reported by the provider: the farm manager who supervised pupils has left; a new supervisor starts"
                        + " next week"));
        approve("Ashworth Pupil Referral Unit", today.minusMonths(2), "", HazardKind.ANIMALS);
    }

    /** The lines the audit suggests, less a kind of hazard the provider does not have (the demo audits meet every item). */
    private long approve(String name, LocalDate approvedOn, String summary, HazardKind notHere) {
        return runner.callAs("aplead", () -> {
            long id = providers.list(ProviderFilter.ANY.withName(name), PageRequest.of(0, 1)).getFirst().id();
            RiskDraft draft = assessments.draft(id);
            assessments.approve(id, draft.currentNumber(), summary, approvedOn,
                    draft.lines().stream().filter(line -> line.hazard() != notHere).toList());
            return id;
        });
    }
}
