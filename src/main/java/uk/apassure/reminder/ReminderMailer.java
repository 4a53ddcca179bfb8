package uk.apassure.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.apassure.base.mail.MailRetry;

/**
 * Sends the reminder e-mails queued in {@code reminder_mail}: right after a digest run has committed
 * them, off the scheduler's thread, and on a schedule for those whose retry is due. Each try is
 * recorded on the row: sent, or failed with the reason and the next try after a growing wait
 * ({@link MailRetry}). Several nodes may run this at once: a sender locks due rows with SKIP LOCKED
 * and moves them forward by a lease before it sends, so each mail is sent by one node.
 */
@Component
public class ReminderMailer {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderMailer.class);
    private static final int BATCH = 50;

    private final ReminderMailRepository mails;
    private final JavaMailSender sender;
    private final TransactionTemplate newTransaction;
    private final Executor executor;
    private final Clock clock;
    private final String from;

    ReminderMailer(ReminderMailRepository mails, JavaMailSender sender, PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") Executor executor, Clock clock,
            @Value("${apassure.mail.from:ap-assure@localhost}") String from) {
        this.mails = mails;
        this.sender = sender;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        int sent = 0;
        List<Outgoing> batch;
        do {
            batch = claimDue();
            for (Outgoing mail : batch) {
                if (send(mail)) {
                    sent++;
                }
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private List<Outgoing> claimDue() {
        List<Outgoing> claimed = newTransaction.execute(status -> {
            Instant now = clock.instant();
            List<Outgoing> due = new ArrayList<>();
            for (ReminderMail mail : mails.findAllById(mails.lockDue(now, BATCH))) {
                mail.claim(now.plus(MailRetry.LEASE));
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(mail.getRecipient());
                message.setSubject(mail.getSubject());
                message.setText(mail.getBody());
                due.add(new Outgoing(mail.requireId(), message));
            }
            return due;
        });
        return claimed == null ? List.of() : claimed;
    }

    private boolean send(Outgoing mail) {
        String failure = null;
        try {
            sender.send(mail.message());
        } catch (MailException e) {
            failure = MailRetry.reason(e);
            LOG.warn("Reminder e-mail {} not sent ({}): {}", mail.id(), failure, e.getMessage());
        }
        String reason = failure;
        newTransaction.executeWithoutResult(status -> {
            ReminderMail row = mails.findById(mail.id()).orElseThrow();
            if (reason == null) {
                row.sent(clock.instant());
            } else {
                row.failed(reason, clock.instant());
            }
        });
        return reason == null;
    }

    private record Outgoing(long id, SimpleMailMessage message) {}
}
