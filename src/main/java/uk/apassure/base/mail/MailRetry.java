package uk.apassure.base.mail;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;

/**
 * The retry policy of the application's mail outboxes: a mail the server did not take is tried
 * again a minute later, then twice as long each time, at most an hour apart, 50 times in all.
 */
public final class MailRetry {

    public static final int MAX_ATTEMPTS = 50;
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    public static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** How long a sender holds a mail it is sending: longer than three 5 s SMTP timeouts. */
    public static final Duration LEASE = Duration.ofMinutes(5);

    private MailRetry() {}

    /** The wait after {@code attempts} failed tries. */
    public static Duration waitAfter(int attempts) {
        if (attempts >= 7) {
            return LONGEST_WAIT;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.max(0, attempts - 1));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** What a user reads about a failed try: plain words, not a stack trace (the log has that). */
    public static String reason(MailException e) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        if (e instanceof MailAuthenticationException) {
            return "the mail server refused AP Assure's sign-in";
        }
        if (root instanceof ConnectException || root instanceof UnknownHostException
                || root instanceof SocketTimeoutException) {
            return "the mail server could not be reached";
        }
        if (root instanceof jakarta.mail.internet.AddressException || root instanceof jakarta.mail.SendFailedException) {
            return "the mail server refused the address";
        }
        return "the mail server did not accept it";
    }

    /** A reason as stored (at most 500 characters). */
    public static String clip(String reason) {
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }
}
