package uk.apassure.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;

/** What the reminders mail comes from the renewals rows: each for the AP leads of the row's school. */
class RenewalDueTest extends IntegrationTest {

    private static final LocalDate EXPIRES = LocalDate.of(2031, 6, 12);

    @Autowired
    AuditFixtures audits;

    @Autowired
    DueItems due;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void insurance_is_due_soon_28_days_ahead_and_overdue_the_day_after_for_the_ap_leads_of_the_auditing_school() {
        long provider = audits.provider("Reminder Renewal Farm");
        long audit = audits.decided(provider);
        jdbc.update("UPDATE audit_item i JOIN checklist_item c ON c.id = i.checklist_item_id SET i.expires_on = ?"
                + " WHERE i.audit_id = ? AND c.prompt = 'Public liability insurance'", EXPIRES, audit);
        long a1Lead = subjects.signedIn("a1.aplead").id();
        long a2Lead = subjects.signedIn("a2.aplead").id();

        assertThat(insurance(provider, EXPIRES.minusDays(29))).isEmpty();
        assertThat(insurance(provider, EXPIRES.minusDays(28))).singleElement().satisfies(line -> {
            assertThat(line.ownerUserId()).isEqualTo(a1Lead);
            assertThat(line.school()).isEqualTo("School A1");
            assertThat(line.provider()).isEqualTo("Reminder Renewal Farm");
            assertThat(line.dueDate()).isEqualTo(EXPIRES);
            assertThat(line.state()).isEqualTo(DueState.DUE_SOON);
            assertThat(line.stateSince()).isEqualTo(EXPIRES.minusDays(28));
            assertThat(line.linkPath()).isEqualTo("/audits/" + audit);
        });
        assertThat(insurance(provider, EXPIRES.plusDays(1))).singleElement().satisfies(line -> {
            assertThat(line.state()).isEqualTo(DueState.OVERDUE);
            assertThat(line.stateSince()).isEqualTo(EXPIRES.plusDays(1));
        });
        // School A2 does not rely on the provider's audit: its AP lead is not reminded
        assertThat(due.needingAttention(EXPIRES).stream().filter(line -> line.providerId() == provider))
                .extracting(DueLine::ownerUserId).doesNotContain(a2Lead);
    }

    private List<DueLine> insurance(long provider, LocalDate today) {
        return due.needingAttention(today).stream()
                .filter(line -> line.providerId() == provider && line.what().equals("Public liability insurance")).toList();
    }
}
