package uk.apassure.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.credential.PasswordService;

/**
 * Argon2id on at most {@code permits} threads at once, so that a burst of sign-ins (a whole school
 * at 8:30) cannot take every core from the people already working: one hash costs 100–250 ms of
 * CPU. The others queue in arrival order (a fair semaphore); one that waits longer than
 * {@code maxWait} is refused with {@link HashingBusy}, which the sign-in page shows as "busy, try
 * again", never as a server error. Hashing for new passwords (administrators, the demo data) goes
 * through the same queue.
 */
final class HashingLimit implements PasswordService {

    private final PasswordService hashing;
    private final Semaphore permits;
    private final Duration maxWait;

    HashingLimit(PasswordService hashing, int permits, Duration maxWait) {
        if (permits < 1) {
            throw new IllegalArgumentException("At least one password hash must be allowed at a time, not " + permits);
        }
        this.hashing = hashing;
        this.permits = new Semaphore(permits, true);
        this.maxWait = maxWait;
    }

    /** One core is kept for everyone else: {@code availableProcessors - 1}, at least one. */
    static int defaultPermits() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    @Override
    public String encryptPassword(Object plaintextPassword) {
        return limited(() -> hashing.encryptPassword(plaintextPassword));
    }

    @Override
    public boolean passwordsMatch(Object submittedPlaintext, String encrypted) {
        return limited(() -> hashing.passwordsMatch(submittedPlaintext, encrypted));
    }

    private <T> T limited(Supplier<T> hash) {
        try {
            if (!permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new HashingBusy(maxWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingBusy(maxWait);
        }
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }

    /**
     * Too many sign-ins being checked at once: nothing is known about the password, and the attempt
     * is not counted as a failure. An {@link AuthenticationException}, so that Shiro passes it on
     * unchanged.
     */
    static final class HashingBusy extends AuthenticationException {
        HashingBusy(Duration waited) {
            super("Waited " + waited.toMillis() + " ms for a password-hashing slot");
        }
    }
}
