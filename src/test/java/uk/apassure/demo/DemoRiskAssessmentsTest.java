package uk.apassure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderService;
import uk.apassure.risk.ProviderRiskStates;
import uk.apassure.risk.RiskState;
import uk.apassure.security.SubjectRunner;

/** The demo trust starts with risk assessments in date, and needing review after a change of key staff or a lapsed certificate. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoRiskAssessmentsTest {

    @Autowired
    ProviderRiskStates states;

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    private RiskState state(String name) {
        return subjects.callAs("governor", () -> states.of(providers.list(ProviderFilter.ANY.withName(name),
                PageRequest.of(0, 1)).getFirst().id()).state());
    }

    @Test
    void two_need_review_and_one_is_in_date() {
        // The Forge's is within 28 days of its anniversary, but its employer's liability insurance lapsed
        // since approval (DemoAudits, for /renewals): a material change, shown before "due soon"
        assertThat(state("The Forge Construction Centre")).isEqualTo(RiskState.REVIEW_NEEDED);
        assertThat(state("Willow Bank Farm")).isEqualTo(RiskState.REVIEW_NEEDED);
        assertThat(state("Ashworth Pupil Referral Unit")).isEqualTo(RiskState.OK);
        assertThat(state("Summit Climbing Wall")).isEqualTo(RiskState.NONE);
    }
}
