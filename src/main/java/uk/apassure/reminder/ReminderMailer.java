package uk.apassure.reminder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import uk.apassure.base.mail.OutboxSender;
import uk.apassure.base.mail.OutboxSender.Outgoing;

/**
 * Sends the reminder e-mails queued in {@code reminder_mail}: right after a digest run has committed
 * them, off the scheduler's thread, and on a schedule for those whose retry is due. Each try is
 * recorded on the row: sent, or failed with the reason and the next try after a growing wait. The
 * same outbox sender as the concern alerts ({@link OutboxSender}): several nodes may send at once,
 * each mail is sent by one of them.
 */
@Component
public class ReminderMailer {

    private final ReminderMailRepository mails;
    private final OutboxSender<Boolean> outbox;
    private final Executor executor;
    private final Clock clock;
    private final String from;

    ReminderMailer(ReminderMailRepository mails, JavaMailSender sender, PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") Executor executor, Clock clock,
            @Value("${apassure.mail.from:ap-assure@localhost}") String from) {
        this.mails = mails;
        this.outbox = new OutboxSender<>(new Reminders(), sender, transactions);
        this.executor = executor;
        this.clock = clock;
        this.from = from;
    }

    @EventListener
    void onQueued(RemindersQueued event) {
        executor.execute(this::sendDue);
    }

    /** Tries again whatever is due (apassure.mail.poll-interval), as the concern alerts do. */
    @Scheduled(initialDelayString = "${apassure.mail.poll-interval:PT30S}",
            fixedDelayString = "${apassure.mail.poll-interval:PT30S}")
    void retryDue() {
        sendDue();
    }

    /** Sends every reminder that is due now; returns how many the mail server took. */
    public int sendDue() {
        return outbox.sendDue();
    }

    /** The reminder_mail table as an outbox: the text was written when the digest was made. */
    private final class Reminders implements OutboxSender.Outbox<Boolean> {

        @Override
        public List<Outgoing> claimDue(int max) {
            List<Outgoing> due = new ArrayList<>();
            for (ReminderMail mail : mails.findAllById(mails.lockDue(clock.instant(), max))) {
                mail.delivery().claim(OutboxSender.leaseEnd(clock));
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(mail.delivery().recipient());
                message.setSubject(mail.getSubject());
                message.setText(mail.getBody());
                due.add(new Outgoing(mail.requireId(), message));
            }
            return due;
        }

        @Override
        public Boolean recordTry(long id, @Nullable String failure) {
            ReminderMail row = mails.findById(id).orElseThrow();
            row.delivery().tried(failure, clock.instant());
            return failure == null;
        }
    }
}
