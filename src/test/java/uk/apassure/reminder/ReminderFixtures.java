package uk.apassure.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.apassure.security.AccountLookup;

/** Reminder e-mails in a given state, for view tests: one the mail server refused (retrying), one sent. */
@Component
public class ReminderFixtures {

    private final ReminderMailRepository mails;
    private final Recipients recipients;
    private final AccountLookup accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReminderFixtures(ReminderMailRepository mails, Recipients recipients, AccountLookup accounts,
            PlatformTransactionManager transactions, Clock clock) {
        this.mails = mails;
        this.recipients = recipients;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A weekly digest to {@code username} that failed once (retrying), and a daily e-mail that was sent. */
    public void retryingAndSent(String username, LocalDate period) {
        Recipients.Recipient to = recipients.find(accounts.findActiveAccount(username).orElseThrow().user().id())
                .orElseThrow();
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            for (DigestKind kind : DigestKind.values()) {
                mails.queue(kind, period, new Recipients.Recipient(to.id(), to.name(), username + "@example.org",
                        to.trustId(), to.schoolId(), to.schoolName()), new DigestText.Digest("Reminder", "Body", 2), now);
            }
            mails.flush();
            for (ReminderMail mail : mails.findAll()) {
                ReminderMailRow row = mail.row();
                if (row.recipient().equals(to.name()) && row.period().equals(period)) {
                    if (row.kind() == DigestKind.WEEKLY) {
                        mail.delivery().failed("the mail server could not be reached", now);
                    } else {
                        mail.delivery().sent(now);
                    }
                }
            }
        });
    }
}
