package uk.apassure.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One alert e-mail to one DSL about one concern: written in the same transaction as the concern
 * (an outbox), sent after it commits, and retried until sent, so a mail failure loses nothing.
 */
@Entity
@Table(name = "concern_mail")
class ConcernMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long concernId;
    private String recipient = "";
    private @Nullable Instant sentAt;
    private int attempts;
    private @Nullable String lastError;

    protected ConcernMail() {}

    ConcernMail(long concernId, String recipient) {
        this.concernId = concernId;
        this.recipient = recipient;
    }

    void sent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    void failed(String error) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
    }

    long getConcernId() {
        return concernId;
    }

    String getRecipient() {
        return recipient;
    }

    @Nullable Instant getSentAt() {
        return sentAt;
    }

    int getAttempts() {
        return attempts;
    }
}
