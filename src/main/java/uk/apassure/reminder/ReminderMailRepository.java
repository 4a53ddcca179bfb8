package uk.apassure.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import uk.apassure.base.mail.MailDelivery;

interface ReminderMailRepository extends JpaRepository<ReminderMail, Long> {

    /**
     * Queues one digest unless this recipient already has one of this kind and period (the unique
     * key): then it adds nothing. Only a duplicate key is passed over; every other constraint
     * still refuses.
     */
    default void queue(DigestKind kind, LocalDate period, Recipients.Recipient to, DigestText.Digest digest,
            Instant now) {
        MailDelivery delivery = MailDelivery.queued(to.email(), now);
        insertUnlessMade(kind.name(), period, to.id(), to.trustId(), to.schoolId(), to.name(), delivery.recipient(),
                digest.subject(), digest.body(), digest.itemCount(), delivery.status().name(),
                delivery.nextAttemptAt(), delivery.lastError(), now);
    }

    @Modifying
    @Query(value = """
            insert into reminder_mail (kind, period, recipient_user_id, trust_id, school_id, recipient_name, recipient,
                subject, body, item_count, status, queued_at, attempts, next_attempt_at, last_error)
            values (:kind, :period, :userId, :trustId, :schoolId, :name, :email, :subject, :body, :items, :status,
                :now, 0, :nextAttemptAt, :lastError)
            on duplicate key update id = id""", nativeQuery = true)
    void insertUnlessMade(String kind, LocalDate period, long userId, long trustId, @Nullable Long schoolId,
            String name, @Nullable String email, String subject, String body, int items, String status,
            @Nullable Instant nextAttemptAt, @Nullable String lastError, Instant now);

    /** Locks up to {@code max} mails that are due; SKIP LOCKED leaves one another sender is claiming to it. */
    @Query(value = "select id from reminder_mail where next_attempt_at <= :now order by next_attempt_at, id"
            + " limit :max for update skip locked", nativeQuery = true)
    List<Long> lockDue(Instant now, int max);

    @Query("select m from ReminderMail m where m.schoolId = :schoolId and m.delivery.queuedAt >= :since"
            + " order by m.delivery.queuedAt desc, m.id desc")
    Slice<ReminderMail> recentForSchool(long schoolId, Instant since, Pageable page);

    @Query("select m from ReminderMail m where m.trustId = :trustId and m.delivery.queuedAt >= :since"
            + " order by m.delivery.queuedAt desc, m.id desc")
    Slice<ReminderMail> recentForTrust(long trustId, Instant since, Pageable page);
}
