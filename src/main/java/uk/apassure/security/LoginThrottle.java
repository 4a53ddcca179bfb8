package uk.apassure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Failed attempts within 15 minutes are counted three ways: per
 * account (the {@linkplain Usernames normal form} of the name, so {@code APLEAD}, {@code aplead }
 * and a full-width variant are one account), per client address, and over the whole site. Past a
 * limit's free attempts each further attempt must wait after the last failure: 2 s, 4 s, … up to
 * the limit's cap.
 *
 * <ul>
 *   <li>per account: {@value #ACCOUNT_FREE} free, then up to 60 s;</li>
 *   <li>per address: {@value #ADDRESS_FREE} free (a school's staff may share one address), then
 *       up to 60 s;</li>
 *   <li>whole site: {@value #GLOBAL_FREE} free, then up to 5 s (at most ~180 guesses per
 *       15 minutes from a distributed attack, while a real user waits seconds at worst).</li>
 * </ul>
 * It is a throttle, not a lockout: no wait exceeds a minute, so an attacker cannot keep the real
 * user out, and attempts refused by the throttle are not counted as failures.
 *
 * <p>Kept in memory: one application node. Several nodes would need the counts in the database.
 */
@Component
public class LoginThrottle {

    static final int ACCOUNT_FREE = 10;
    static final int ADDRESS_FREE = 30;
    static final int GLOBAL_FREE = 300;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    static final Duration GLOBAL_MAX_WAIT = Duration.ofSeconds(5);
    /** Above this many tracked keys, keys with no failure inside the window are dropped. */
    static final int SWEEP_ABOVE = 10_000;

    private static final String GLOBAL_KEY = "*";

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account must still wait before the next attempt; zero when it may try now. */
    public Duration waitBeforeAttempt(String username) {
        return waitBeforeAttempt(username, null);
    }

    /** The longest wait of the account's, the address's and the site's limits. */
    public Duration waitBeforeAttempt(String username, @Nullable String address) {
        Duration wait = Duration.ZERO;
        for (Key key : keys(username, address)) {
            Duration keyWait = waitFor(key);
            if (keyWait.compareTo(wait) > 0) {
                wait = keyWait;
            }
        }
        return wait;
    }

    public void recordFailure(String username) {
        recordFailure(username, null);
    }

    public void recordFailure(String username, @Nullable String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        for (Key key : keys(username, address)) {
            Deque<Instant> recent = failures.computeIfAbsent(key.name(), k -> new ArrayDeque<>());
            synchronized (recent) {
                prune(recent, now);
                recent.addLast(now);
            }
        }
    }

    /** A success clears the account's failures (not the address's nor the site's). */
    public void recordSuccess(String username) {
        accountKey(username).ifPresent(key -> failures.remove(key));
    }

    private Duration waitFor(Key key) {
        Deque<Instant> recent = failures.get(key.name());
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            int excess = recent.size() - key.free() + 1;
            if (excess <= 0 || recent.isEmpty()) {
                return Duration.ZERO;
            }
            long seconds = 1L << Math.min(excess, 6); // 2, 4, 8, 16, 32, 64 → capped
            Duration wait = Duration.ofSeconds(seconds);
            if (wait.compareTo(key.maxWait()) > 0) {
                wait = key.maxWait();
            }
            Duration remaining = Duration.between(now, recent.peekLast().plus(wait));
            return remaining.isNegative() ? Duration.ZERO : remaining;
        }
    }

    private static List<Key> keys(String username, @Nullable String address) {
        List<Key> keys = new ArrayList<>(3);
        accountKey(username).ifPresent(name -> keys.add(new Key(name, ACCOUNT_FREE, MAX_WAIT)));
        if (address != null && !address.isBlank()) {
            keys.add(new Key("address:" + address, ADDRESS_FREE, MAX_WAIT));
        }
        keys.add(new Key(GLOBAL_KEY, GLOBAL_FREE, GLOBAL_MAX_WAIT));
        return keys;
    }

    private static Optional<String> accountKey(String username) {
        return Usernames.normalise(username).map(name -> "account:" + name);
    }

    private void sweep(Instant now) {
        failures.entrySet().removeIf(entry -> {
            Deque<Instant> recent = entry.getValue();
            synchronized (recent) {
                prune(recent, now);
                return recent.isEmpty() && !GLOBAL_KEY.equals(entry.getKey());
            }
        });
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.pollFirst();
        }
    }

    private record Key(String name, int free, Duration maxWait) {}
}
