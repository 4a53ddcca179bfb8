package uk.apassure.reminder;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.mail.MailState;

/** A reminder e-mail as the AP lead or administrator sees it: to whom, which digest, and its state. */
public record ReminderMailRow(long id, DigestKind kind, LocalDate period, String recipient, int itemCount,
        State state, @Nullable String lastError, int attempts, Instant queuedAt, @Nullable Instant sentAt,
        @Nullable Instant nextAttemptAt) {

    /** What the page says: "sent" only when the mail server took it. */
    public enum State {
        QUEUED("queued"),
        SENT("sent"),
        /** The last try failed; another is due at {@code nextAttemptAt}. */
        RETRYING("retrying"),
        /** It failed and will not be tried again (no address, or every try used). */
        FAILED("failed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static State state(MailState status, @Nullable Instant nextAttemptAt) {
        return switch (status) {
            case QUEUED -> State.QUEUED;
            case SENT -> State.SENT;
            case FAILED -> nextAttemptAt == null ? State.FAILED : State.RETRYING;
        };
    }
}
