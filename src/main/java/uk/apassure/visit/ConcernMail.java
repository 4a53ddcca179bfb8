package uk.apassure.visit;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.mail.MailDelivery;
import uk.apassure.base.mail.MailRetry;

/**
 * One alert e-mail to one DSL about one concern, and where it stands. Written in the same
 * transaction as the concern (an outbox), sent after it commits, retried with a growing wait
 * until sent; its state is shown on the concern. A DSL without an e-mail address gets a row that
 * has failed for that reason and is never tried.
 */
@Entity
@Table(name = "concern_mail")
class ConcernMail {

    static final int MAX_ATTEMPTS = MailRetry.MAX_ATTEMPTS;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long concernId;
    private @Nullable Long recipientUserId;
    private String recipientName = "";
    @Embedded
    private MailDelivery delivery = MailDelivery.queued(null, Instant.EPOCH);

    protected ConcernMail() {}

    ConcernMail(long concernId, long recipientUserId, String recipientName, @Nullable String email, Instant now) {
        this.concernId = concernId;
        this.recipientUserId = recipientUserId;
        this.recipientName = recipientName;
        this.delivery = MailDelivery.queued(email, now);
    }

    /** Back-off: a minute after the first failure, then twice as long each time, at most an hour. */
    static Duration waitAfter(int attempts) {
        return MailRetry.waitAfter(attempts);
    }

    void claim(Instant until) {
        delivery.claim(until);
    }

    void sent(Instant now) {
        delivery.sent(now);
    }

    void failed(String reason, Instant now) {
        delivery.failed(reason, now);
    }

    void tried(@Nullable String failure, Instant now) {
        delivery.tried(failure, now);
    }

    VisitPage.Alert view() {
        return new VisitPage.Alert(recipientName, getStatus(), delivery.lastError(), delivery.attempts(),
                delivery.lastAttemptAt(), delivery.nextAttemptAt(), delivery.sentAt());
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("Not saved yet");
        }
        return id;
    }

    long getConcernId() {
        return concernId;
    }

    @Nullable String getRecipient() {
        return delivery.recipient();
    }

    AlertState getStatus() {
        return AlertState.valueOf(delivery.status().name());
    }

    int getAttempts() {
        return delivery.attempts();
    }

    @Nullable Instant getNextAttemptAt() {
        return delivery.nextAttemptAt();
    }
}
