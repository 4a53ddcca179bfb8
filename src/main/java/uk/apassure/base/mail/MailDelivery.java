package uk.apassure.base.mail;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The delivery part of one outbox e-mail (its columns are the same in every outbox table): the
 * address, its state, the tries so far and when the next one is due. A sender claims it by moving
 * the next try forward by a lease; a mail with no address has failed for that reason and is never
 * tried.
 */
@Embeddable
public class MailDelivery {

    public static final String NO_ADDRESS = "no e-mail address on their account";

    private @Nullable String recipient;
    @Enumerated(EnumType.STRING)
    private MailState status = MailState.QUEUED;
    private Instant queuedAt = Instant.EPOCH;
    private @Nullable Instant sentAt;
    private int attempts;
    private @Nullable Instant lastAttemptAt;
    private @Nullable Instant nextAttemptAt;
    private @Nullable String lastError;

    protected MailDelivery() {}

    /** Queued now for {@code email}; failed at once, never to be tried, when there is no address. */
    public static MailDelivery queued(@Nullable String email, Instant now) {
        MailDelivery delivery = new MailDelivery();
        delivery.queuedAt = now;
        if (email == null || email.isBlank()) {
            delivery.status = MailState.FAILED;
            delivery.lastError = NO_ADDRESS;
        } else {
            delivery.recipient = email;
            delivery.nextAttemptAt = now;
        }
        return delivery;
    }

    /** A sender takes the mail until {@code until}; if it dies meanwhile, the mail is due again then. */
    public void claim(Instant until) {
        nextAttemptAt = until;
    }

    public void sent(Instant now) {
        attempts++;
        lastAttemptAt = now;
        sentAt = now;
        status = MailState.SENT;
        nextAttemptAt = null;
        lastError = null;
    }

    public void failed(String reason, Instant now) {
        attempts++;
        lastAttemptAt = now;
        status = MailState.FAILED;
        lastError = MailRetry.clip(reason);
        nextAttemptAt = attempts >= MailRetry.MAX_ATTEMPTS ? null : now.plus(MailRetry.waitAfter(attempts));
    }

    /** Records a try: sent when {@code failure} is null, else failed for that reason. */
    public void tried(@Nullable String failure, Instant now) {
        if (failure == null) {
            sent(now);
        } else {
            failed(failure, now);
        }
    }

    public @Nullable String recipient() {
        return recipient;
    }

    public MailState status() {
        return status;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public @Nullable Instant sentAt() {
        return sentAt;
    }

    public int attempts() {
        return attempts;
    }

    public @Nullable Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public @Nullable Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String lastError() {
        return lastError;
    }
}
