package uk.apassure.reminder;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.mail.MailRetry;
import uk.apassure.visit.AlertState;

/**
 * One reminder e-mail to one person for one period, and where it stands: the outbox row and the
 * record that this digest was made. Written by {@link ReminderMailRepository#queue} (its unique key
 * lets a second writer add nothing), sent after commit by {@link ReminderMailer}, retried with a
 * growing wait. Someone without an e-mail address gets a row that has failed for that reason.
 */
@Entity
@Table(name = "reminder_mail")
class ReminderMail {

    static final String NO_ADDRESS = "no e-mail address on their account";

    @Id
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private DigestKind kind = DigestKind.WEEKLY;
    private LocalDate period = LocalDate.EPOCH;
    private long recipientUserId;
    private long trustId;
    private @Nullable Long schoolId;
    private String recipientName = "";
    private @Nullable String recipient;
    private String subject = "";
    private String body = "";
    private int itemCount;
    @Enumerated(EnumType.STRING)
    private AlertState status = AlertState.QUEUED;
    private Instant queuedAt = Instant.EPOCH;
    private @Nullable Instant sentAt;
    private int attempts;
    private @Nullable Instant lastAttemptAt;
    private @Nullable Instant nextAttemptAt;
    private @Nullable String lastError;

    protected ReminderMail() {}

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
        nextAttemptAt = attempts >= MailRetry.MAX_ATTEMPTS ? null : now.plus(MailRetry.waitAfter(attempts));
    }

    ReminderMailRow row() {
        return new ReminderMailRow(requireId(), kind, period, recipientName, itemCount, ReminderMailRow.state(status,
                nextAttemptAt), lastError, attempts, queuedAt, sentAt, nextAttemptAt);
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("Not saved yet");
        }
        return id;
    }

    @Nullable String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }
}
