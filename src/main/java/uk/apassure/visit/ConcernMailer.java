package uk.apassure.visit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
import uk.apassure.base.mail.MailRetry;

/**
 * Sends the concern alerts queued in {@code concern_mail}: right after the concern is committed, on
 * another thread (a slow or dead mail server never holds up the visitor), and on a schedule for
 * those whose retry is due. Each try is recorded on the row (sent, or failed with the reason and
 * the next try after a growing wait), and {@link ConcernAlertsChanged} tells open pages.
 *
 * <p>Several nodes may run this at once: a sender locks due rows with SKIP LOCKED and moves them
 * forward by a lease before it sends, so each alert is sent by one node; if that node dies, the
 * lease runs out and another sends it. A system job: it reads only its own outbox. The e-mail
 * names the provider and links to the visit; it carries no description (no pupil details by
 * e-mail).
 */
@Component
public class ConcernMailer {

    private static final Logger LOG = LoggerFactory.getLogger(ConcernMailer.class);
    /** Longer than a send can take (three 5 s SMTP timeouts), so a row is never sent twice in parallel. */
    static final Duration LEASE = MailRetry.LEASE;
    private static final int BATCH = 50;

    private final ConcernMailRepository mails;
    private final ConcernRepository concerns;
    private final ConcernViews views;
    private final JavaMailSender sender;
    private final TransactionTemplate newTransaction;
    private final Executor executor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    ConcernMailer(ConcernMailRepository mails, ConcernRepository concerns, ConcernViews views, JavaMailSender sender,
            PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") Executor executor,
            ApplicationEventPublisher events, Clock clock,
            @Value("${apassure.mail.from:ap-assure@localhost}") String from,
            @Value("${apassure.base-url:http://localhost:8080}") String baseUrl) {
        this.mails = mails;
        this.concerns = concerns;
        this.views = views;
        this.sender = sender;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.events = events;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** After the concern commits (never if it rolls back), off the request thread. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onRaised(ConcernRaised event) {
        executor.execute(this::sendDue);
    }

    /** Tries again whatever is due (apassure.mail.poll-interval); the wait between tries grows per alert. */
    @Scheduled(initialDelayString = "${apassure.mail.poll-interval:PT30S}",
            fixedDelayString = "${apassure.mail.poll-interval:PT30S}")
    void retryDue() {
        sendDue();
    }

    /** Sends every alert that is due now; returns how many went out. */
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
            for (ConcernMail mail : mails.findAllById(mails.lockDue(now, BATCH))) {
                mail.claim(now.plus(LEASE));
                due.add(outgoing(mail));
            }
            return due;
        });
        return claimed == null ? List.of() : claimed;
    }

    private Outgoing outgoing(ConcernMail mail) {
        SafeguardingConcern concern = concerns.findById(mail.getConcernId()).orElseThrow();
        Visit visit = concern.getVisit();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.getRecipient());
        message.setSubject("Safeguarding concern raised: " + visit.getProvider().getName());
        message.setText("A safeguarding concern was raised by " + concern.getRaisedByName() + " on a visit to "
                + visit.getProvider().getName() + ".\n\nRead it and record the outcome in AP Assure:\n"
                + baseUrl + "/visits/" + visit.requireId() + "\n\nThis e-mail holds no details of the concern.");
        return new Outgoing(mail.requireId(), mail.getConcernId(), message);
    }

    private boolean send(Outgoing mail) {
        String failure = null;
        try {
            sender.send(mail.message());
        } catch (MailException e) {
            failure = reason(e);
            LOG.warn("Concern alert {} for concern {} not sent ({}): {}", mail.id(), mail.concernId(), failure,
                    e.getMessage());
        }
        String reason = failure;
        List<VisitPage.Alert> alerts = newTransaction.execute(status -> {
            ConcernMail row = mails.findById(mail.id()).orElseThrow();
            if (reason == null) {
                row.sent(clock.instant());
            } else {
                row.failed(reason, clock.instant());
            }
            mails.flush();
            return views.alerts(mail.concernId());
        });
        events.publishEvent(new ConcernAlertsChanged(mail.concernId(), alerts == null ? List.of() : alerts));
        return reason == null;
    }

    /** What the author and the DSLs read on the concern: plain words, not a stack trace (the log has that). */
    static String reason(MailException e) {
        return MailRetry.reason(e);
    }

    private record Outgoing(long id, long concernId, SimpleMailMessage message) {}
}
