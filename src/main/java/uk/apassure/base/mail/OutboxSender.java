package uk.apassure.base.mail;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in one outbox table, batch by batch: claims due mails in a short transaction
 * (the table locks them with SKIP LOCKED and moves them forward by {@link MailRetry#LEASE}, so two
 * senders, on one node or several, never send one mail), sends each outside any transaction, then
 * records the try in another. A system job: it reads only its own outbox.
 *
 * @param <R> what recording a try gives the outbox to act on once it is committed
 */
public final class OutboxSender<R> {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    /** One mail to send: the outbox row's id and the message. */
    public record Outgoing(long id, SimpleMailMessage message) {}

    /** One outbox table. Its methods run inside a transaction the sender opens. */
    public interface Outbox<R> {
        /** Locks up to {@code max} due mails, claims them (see {@link MailDelivery#claim}) and returns them. */
        List<Outgoing> claimDue(int max);

        /** Records a try: sent when {@code failure} is null, else failed for that reason. */
        R recordTry(long id, @Nullable String failure);

        /** After the try is committed (e.g. tell open pages). */
        default void afterTry(R recorded) {}
    }

    private final Outbox<R> outbox;
    private final JavaMailSender sender;
    private final TransactionTemplate newTransaction;

    public OutboxSender(Outbox<R> outbox, JavaMailSender sender, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.sender = sender;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Sends every mail that is due now; returns how many the mail server took. */
    public int sendDue() {
        int sent = 0;
        List<Outgoing> batch;
        do {
            List<Outgoing> claimed = newTransaction.execute(status -> outbox.claimDue(BATCH));
            batch = claimed == null ? List.of() : claimed;
            for (Outgoing mail : batch) {
                if (send(mail)) {
                    sent++;
                }
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private boolean send(Outgoing mail) {
        String failure = null;
        try {
            sender.send(mail.message());
        } catch (MailException e) {
            failure = MailRetry.reason(e);
            LOG.warn("Outbox mail {} not sent ({}): {}", mail.id(), failure, e.getMessage());
        }
        String reason = failure;
        R recorded = newTransaction.execute(status -> outbox.recordTry(mail.id(), reason));
        if (recorded != null) {
            outbox.afterTry(recorded);
        }
        return reason == null;
    }

    /** The current time of {@code clock} plus the lease: until when a claimed mail is held. */
    public static java.time.Instant leaseEnd(Clock clock) {
        return clock.instant().plus(MailRetry.LEASE);
    }
}
