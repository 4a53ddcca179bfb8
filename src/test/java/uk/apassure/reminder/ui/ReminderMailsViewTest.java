package uk.apassure.reminder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.reminder.DigestKind;
import uk.apassure.reminder.ReminderFixtures;
import uk.apassure.reminder.ReminderMailRow;

/** The reminder e-mails page: a mail the server refused reads "not sent yet" with the reason, never "sent". */
class ReminderMailsViewTest extends ViewTest {

    @Autowired
    ReminderFixtures fixtures;

    @Test
    void the_ap_lead_sees_which_reminders_were_sent_and_which_are_retried() {
        LocalDate period = LocalDate.now().minusDays(1);
        fixtures.retryingAndSent("a2.aplead", period);

        signInAs("a2.aplead");
        ReminderMailsView view = navigate(ReminderMailsView.class);
        List<ReminderMailRow> rows = new ArrayList<>();
        for (int row = 0; row < test(view.grid).size(); row++) {
            rows.add(test(view.grid).getRow(row));
        }
        ReminderMailRow weekly = rows.stream().filter(row -> row.kind() == DigestKind.WEEKLY
                && row.period().equals(period)).findFirst().orElseThrow();
        ReminderMailRow daily = rows.stream().filter(row -> row.kind() == DigestKind.DAILY
                && row.period().equals(period)).findFirst().orElseThrow();

        assertThat(weekly.state()).isEqualTo(ReminderMailRow.State.RETRYING);
        assertThat(ReminderMailsView.state(weekly).getText())
                .startsWith("Not sent yet: the mail server could not be reached. Trying again ")
                .doesNotContain("Sent")
                .endsWith("(1 try so far)");
        assertThat(ReminderMailsView.state(daily).getText()).startsWith("Sent ");
        // another school's AP lead does not see them
        signInAs("a1.aplead");
        ReminderMailsView other = navigate(ReminderMailsView.class);
        for (int row = 0; row < test(other.grid).size(); row++) {
            assertThat(test(other.grid).getRow(row).recipient()).isNotEqualTo("A2 AP Lead");
        }
    }
}
