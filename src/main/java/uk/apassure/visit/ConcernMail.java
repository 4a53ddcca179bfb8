package uk.apassure.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
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
    static final String NO_ADDRESS = "no e-mail address on their account";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long concernId;
    private @Nullable Long recipientUserId;
    private String recipientName = "";
    private @Nullable String recipient;
    @Enumerated(EnumType.STRING)
    private AlertState status = AlertState.QUEUED;
    private Instant queuedAt = Instant.EPOCH;
    private @Nullable Instant sentAt;
    private int attempts;
    private @Nullable Instant lastAttemptAt;
    private @Nullable Instant nextAttemptAt;
    private @Nullable String lastError;

    protected ConcernMail() {}

    ConcernMail(long concernId, long recipientUserId, String recipientName, @Nullable String email, Instant now) {
        this.concernId = concernId;
        this.recipientUserId = recipientUserId;
        this.recipientName = recipientName;
        this.queuedAt = now;
        if (email == null || email.isBlank()) {
            status = AlertState.FAILED;
            lastError = NO_ADDRESS;
        } else {
            recipient = email;
            nextAttemptAt = now;
        }
    }

    /** Back-off: a minute after the first failure, then twice as long each time, at most an hour. */
    static Duration waitAfter(int attempts) {
        return MailRetry.waitAfter(attempts);
    }

    /** A sender takes the row until {@code until}; if it dies meanwhile, the row is due again then. */
    void claim(Instant until) {
        nextAttemptAt = until;
    }

    void sent(Instant now) {
        attempts++;
        lastAttemptAt = now;
        sentAt = now;
        status = AlertState.SENT;
        nextAttemptAt = null;
        lastError = null;
    }

    void failed(String reason, Instant now) {
        attempts++;
        lastAttemptAt = now;
        status = AlertState.FAILED;
        lastError = MailRetry.clip(reason);
        nextAttemptAt = attempts >= MAX_ATTEMPTS ? null : now.plus(waitAfter(attempts));
    }

    VisitPage.Alert view() {
        return new VisitPage.Alert(recipientName, status, lastError, attempts, lastAttemptAt, nextAttemptAt, sentAt);
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
        return recipient;
    }

    AlertState getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    @Nullable Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
