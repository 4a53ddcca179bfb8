package uk.apassure.reminder;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.mail.MailDelivery;

/**
 * One reminder e-mail to one person for one period, and where it stands: the outbox row and the
 * record that this digest was made. Written by {@link ReminderMailRepository#queue} (its unique key
 * lets a second writer add nothing), sent after commit by {@link ReminderMailer}, retried with a
 * growing wait ({@link MailDelivery}). Someone without an e-mail address gets a row that has failed for that reason.
 */
@Entity
@Table(name = "reminder_mail")
class ReminderMail {

    @Id
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private DigestKind kind = DigestKind.WEEKLY;
    private LocalDate period = LocalDate.EPOCH;
    private long recipientUserId;
    private long trustId;
    private @Nullable Long schoolId;
    private String recipientName = "";
    private String subject = "";
    private String body = "";
    private int itemCount;
    @Embedded
    private MailDelivery delivery = MailDelivery.queued(null, Instant.EPOCH);

    protected ReminderMail() {}

    /** Where it stands: claimed by a sender, tried, sent or failed. */
    MailDelivery delivery() {
        return delivery;
    }

    ReminderMailRow row() {
        return new ReminderMailRow(requireId(), kind, period, recipientName, itemCount,
                ReminderMailRow.state(delivery.status(), delivery.nextAttemptAt()), delivery.lastError(),
                delivery.attempts(), delivery.queuedAt(), delivery.sentAt(), delivery.nextAttemptAt());
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("Not saved yet");
        }
        return id;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }
}
