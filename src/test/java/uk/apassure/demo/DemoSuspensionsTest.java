package uk.apassure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.base.time.InTermClock;
import uk.apassure.placement.ProvisionDue;
import uk.apassure.placement.SuspensionService;
import uk.apassure.security.SubjectRunner;

/** The demo starts with one suspended pupil waiting for provision from day 6, seen only at Meadowbank. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import(InTermClock.class)
class DemoSuspensionsTest {

    @Autowired
    SuspensionService suspensions;

    @Autowired
    SubjectRunner subjects;

    @Test
    void meadowbank_has_a_pupil_waiting_for_provision_from_day_six() {
        assertThat(subjects.callAs("slt", () -> suspensions.provisionDue())).extracting(ProvisionDue::pupilName)
                .containsExactly("Harvey Nolan");
        assertThat(subjects.callAs("head", () -> suspensions.list(PageRequest.of(0, 50)))).hasSize(3);
        assertThat(subjects.callAs("dsl.riverside", () -> suspensions.list(PageRequest.of(0, 50)))).isEmpty();
        assertThat(subjects.callAs("governor", () -> suspensions.counts()).provisionNotMet()).isEqualTo(1);
    }
}
