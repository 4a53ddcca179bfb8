package uk.apassure.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;

/** What is due today, from audit evidence: owned by the AP leads of the schools that use the provider. */
class AuditEvidenceDueTest extends IntegrationTest {

    @Autowired
    AuditFixtures audits;

    @Autowired
    DueItems due;

    @Test
    void evidence_of_a_decided_audit_is_due_soon_28_days_ahead_and_overdue_the_day_after_its_date() {
        long provider = audits.provider("Reminder Evidence Farm");
        long audit = audits.decided(provider);
        // the fixture records every date a year ahead (on the real day, as a user would)
        LocalDate expires = LocalDate.now().plusYears(1);
        long a1Lead = subjects.signedIn("a1.aplead").id();
        long a2Lead = subjects.signedIn("a2.aplead").id();

        assertThat(lines(provider, expires.minusDays(29))).isEmpty();
        assertThat(lines(provider, expires.minusDays(28))).isNotEmpty().allSatisfy(line -> {
            assertThat(line.ownerUserId()).isEqualTo(a1Lead);
            assertThat(line.school()).isEqualTo("School A1");
            assertThat(line.provider()).isEqualTo("Reminder Evidence Farm");
            assertThat(line.dueDate()).isEqualTo(expires);
            assertThat(line.state()).isEqualTo(DueState.DUE_SOON);
            assertThat(line.stateSince()).isEqualTo(expires.minusDays(28));
            assertThat(line.linkPath()).isEqualTo("/audits/" + audit);
        });
        assertThat(lines(provider, expires)).isNotEmpty().allSatisfy(line ->
                assertThat(line.state()).isEqualTo(DueState.DUE_SOON));
        assertThat(lines(provider, expires.plusDays(1))).isNotEmpty().allSatisfy(line -> {
            assertThat(line.state()).isEqualTo(DueState.OVERDUE);
            assertThat(line.stateSince()).isEqualTo(expires.plusDays(1));
        });
        // School A2 neither audited nor visited the provider: its AP lead is not reminded
        assertThat(lines(provider, expires)).extracting(DueLine::ownerUserId).doesNotContain(a2Lead);
    }

    private List<DueLine> lines(long provider, LocalDate today) {
        return due.needingAttention(today).stream().filter(line -> line.providerId() == provider).toList();
    }
}
