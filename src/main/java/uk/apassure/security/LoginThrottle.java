package uk.apassure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing on one account: after {@value #FREE_ATTEMPTS} failed attempts within
 * 15 minutes, each further attempt must wait a little longer (2 s, 4 s, … up to 60 s) after the last
 * failure. It is a throttle, not a lockout: the wait never exceeds a minute, so an attacker cannot
 * keep the real user out, and attempts refused by the throttle are not counted as failures.
 *
 * <p>Kept in memory: one application node. Several nodes would need the counts in the database.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account must still wait before the next attempt; zero when it may try now. */
    public Duration waitBeforeAttempt(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            int excess = recent.size() - FREE_ATTEMPTS + 1;
            if (excess <= 0) {
                return Duration.ZERO;
            }
            Duration wait = delayFor(excess);
            Duration remaining = Duration.between(now, recent.peekLast().plus(wait));
            return remaining.isNegative() ? Duration.ZERO : remaining;
        }
    }

    public void recordFailure(String username) {
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            recent.addLast(now);
        }
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    private static Duration delayFor(int excess) {
        // 2, 4, 8, 16, 32, 60, 60 … seconds
        long seconds = 1L << Math.min(excess, 6);
        return Duration.ofSeconds(seconds).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : Duration.ofSeconds(seconds);
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.pollFirst();
        }
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
