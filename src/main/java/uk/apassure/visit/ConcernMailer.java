package uk.apassure.visit;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the concern alerts queued in {@code concern_mail}: right after the concern is committed,
 * and again on a schedule for any that failed (the SMTP server was down), so a mail failure never
 * loses the visit or the concern. A system job: it reads only its own outbox. The e-mail carries
 * no description of the concern (no pupil details by e-mail); it says where to read it.
 */
@Component
public class ConcernMailer {

    private static final Logger LOG = LoggerFactory.getLogger(ConcernMailer.class);
    static final int MAX_ATTEMPTS = 50;

    private final ConcernMailRepository mails;
    private final ConcernRepository concerns;
    private final JavaMailSender sender;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    ConcernMailer(ConcernMailRepository mails, ConcernRepository concerns, JavaMailSender sender,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${apassure.mail.from:ap-assure@localhost}") String from,
            @Value("${apassure.base-url:http://localhost:8080}") String baseUrl) {
        this.mails = mails;
        this.concerns = concerns;
        this.sender = sender;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onRaised(ConcernRaised event) {
        sendPending();
    }

    /** Retries unsent alerts every few minutes (apassure.mail.retry-delay). */
    @Scheduled(initialDelayString = "${apassure.mail.retry-delay:PT5M}", fixedDelayString = "${apassure.mail.retry-delay:PT5M}")
    void retry() {
        sendPending();
    }

    /** Sends every unsent alert; returns how many went out. */
    public int sendPending() {
        Integer sent = newTransaction.execute(status -> {
            int count = 0;
            List<ConcernMail> unsent = mails.findUnsent(MAX_ATTEMPTS);
            for (ConcernMail mail : unsent) {
                if (send(mail)) {
                    count++;
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private boolean send(ConcernMail mail) {
        SafeguardingConcern concern = concerns.findById(mail.getConcernId()).orElseThrow();
        Visit visit = concern.getVisit();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.getRecipient());
        message.setSubject("Safeguarding concern raised: " + visit.getProvider().getName());
        message.setText("A safeguarding concern was raised by " + concern.getRaisedByName() + " on a visit to "
                + visit.getProvider().getName() + ".\n\nRead it and record the outcome in AP Assure:\n"
                + baseUrl + "/visits/" + visit.requireId() + "\n\nThis e-mail holds no details of the concern.");
        try {
            sender.send(message);
            mail.sent(clock.instant());
            return true;
        } catch (MailException e) {
            mail.failed(String.valueOf(e.getMessage()));
            LOG.warn("Concern alert {} to {} not sent (attempt {}), will retry: {}", concern.requireId(),
                    mail.getRecipient(), mail.getAttempts(), e.getMessage());
            return false;
        }
    }
}
