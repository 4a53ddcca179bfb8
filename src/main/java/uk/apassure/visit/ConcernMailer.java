package uk.apassure.visit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.apassure.base.mail.OutboxSender;
import uk.apassure.base.mail.OutboxSender.Outgoing;

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

    private final ConcernMailRepository mails;
    private final ConcernRepository concerns;
    private final ConcernViews views;
    private final OutboxSender<ConcernAlertsChanged> outbox;
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
        this.outbox = new OutboxSender<>(new Alerts(), sender, transactions);
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
        return outbox.sendDue();
    }

    /** The concern_mail table as an outbox: a concern's alerts are rendered when sent (the provider's current name). */
    private final class Alerts implements OutboxSender.Outbox<ConcernAlertsChanged> {

        @Override
        public List<Outgoing> claimDue(int max) {
            List<Outgoing> due = new ArrayList<>();
            for (ConcernMail mail : mails.findAllById(mails.lockDue(clock.instant(), max))) {
                mail.claim(OutboxSender.leaseEnd(clock));
                due.add(new Outgoing(mail.requireId(), message(mail)));
            }
            return due;
        }

        private SimpleMailMessage message(ConcernMail mail) {
            SafeguardingConcern concern = concerns.findById(mail.getConcernId()).orElseThrow();
            Visit visit = concern.getVisit();
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.getRecipient());
            message.setSubject("Safeguarding concern raised: " + visit.getProvider().getName());
            message.setText("A safeguarding concern was raised by " + concern.getRaisedByName() + " on a visit to "
                    + visit.getProvider().getName() + ".\n\nRead it and record the outcome in AP Assure:\n"
                    + baseUrl + "/visits/" + visit.requireId() + "\n\nThis e-mail holds no details of the concern.");
            return message;
        }

        @Override
        public ConcernAlertsChanged recordTry(long id, @Nullable String failure) {
            ConcernMail row = mails.findById(id).orElseThrow();
            row.tried(failure, clock.instant());
            mails.flush();
            return new ConcernAlertsChanged(row.getConcernId(), views.alerts(row.getConcernId()));
        }

        /** Open pages showing these alerts update once the new state is committed. */
        @Override
        public void afterTry(ConcernAlertsChanged changed) {
            events.publishEvent(changed);
        }
    }
}
