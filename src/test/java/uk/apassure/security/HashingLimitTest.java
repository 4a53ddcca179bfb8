package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.junit.jupiter.api.Test;

class HashingLimitTest {

    /** Real Argon2id, counting how many hashes run at the same moment. */
    private static final class CountingHashes implements PasswordService {
        final PasswordService argon2 = new DefaultPasswordService();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public String encryptPassword(Object plaintextPassword) {
            return argon2.encryptPassword(plaintextPassword);
        }

        @Override
        public boolean passwordsMatch(Object submittedPlaintext, String encrypted) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return argon2.passwordsMatch(submittedPlaintext, encrypted);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    /** Holds its hashing slot until released, so that the next caller has to wait. */
    private static final class StuckHashes implements PasswordService {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String encryptPassword(Object plaintextPassword) {
            return "unused";
        }

        @Override
        public boolean passwordsMatch(Object submittedPlaintext, String encrypted) {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }
    }

    @Test
    void a_burst_of_twelve_sign_ins_hashes_at_most_two_at_a_time_and_still_tells_right_from_wrong() throws Exception {
        CountingHashes counting = new CountingHashes();
        String stored = counting.encryptPassword("correct-horse-battery");
        HashingLimit limit = new HashingLimit(counting, 2, Duration.ofMinutes(2));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService burst = Executors.newFixedThreadPool(12)) {
            for (int i = 0; i < 12; i++) {
                String typed = i % 2 == 0 ? "correct-horse-battery" : "wrong-horse-battery-" + i;
                results.add(burst.submit(() -> {
                    start.await();
                    return limit.passwordsMatch(typed, stored);
                }));
            }
            start.countDown();
            for (int i = 0; i < 12; i++) {
                assertThat(results.get(i).get(2, TimeUnit.MINUTES)).as("attempt %d", i).isEqualTo(i % 2 == 0);
            }
        }
        assertThat(counting.mostAtOnce.get()).isEqualTo(2);
    }

    @Test
    void a_sign_in_that_waits_longer_than_allowed_is_told_the_server_is_busy() throws Exception {
        StuckHashes stuck = new StuckHashes();
        HashingLimit limit = new HashingLimit(stuck, 1, Duration.ofMillis(200));
        Thread first = Thread.ofVirtual().start(() -> limit.passwordsMatch("a", "b"));
        try {
            assertThat(stuck.entered.await(10, TimeUnit.SECONDS)).isTrue();
            long before = System.nanoTime();
            assertThatThrownBy(() -> limit.passwordsMatch("c", "d")).isInstanceOf(HashingLimit.HashingBusy.class);
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
        } finally {
            stuck.release.countDown();
            first.join();
        }
        assertThat(limit.passwordsMatch("e", "f")).as("the slot is free again").isTrue();
    }

    @Test
    void shiro_passes_the_busy_answer_on_unchanged_so_sign_in_can_tell_it_from_a_wrong_password() throws Exception {
        StuckHashes stuck = new StuckHashes();
        HashingLimit limit = new HashingLimit(stuck, 1, Duration.ofMillis(100));
        AccountRealm realm = new AccountRealm(username -> java.util.Optional.empty(), limit);
        Thread first = Thread.ofVirtual().start(() -> limit.passwordsMatch("a", "b"));
        try {
            assertThat(stuck.entered.await(10, TimeUnit.SECONDS)).isTrue();
            DefaultSecurityManager manager = new DefaultSecurityManager(realm);
            assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordToken("nobody", "guess")))
                    .isInstanceOf(HashingLimit.HashingBusy.class);
        } finally {
            stuck.release.countDown();
            first.join();
        }
    }

    @Test
    void the_configured_argon2id_is_at_or_above_one_of_owasps_minimum_configurations() {
        String hash = new DefaultPasswordService().encryptPassword("correct-horse-battery");

        Matcher parameters = Pattern.compile("^\\$shiro2\\$argon2id\\$v=19\\$t=(\\d+),m=(\\d+),p=(\\d+)\\$").matcher(hash);
        assertThat(parameters.find()).as(hash).isTrue();
        int passes = Integer.parseInt(parameters.group(1));
        int memoryKib = Integer.parseInt(parameters.group(2));
        // OWASP Password Storage Cheat Sheet: equally strong Argon2id choices, m in KiB with t passes, p = 1
        int[][] owaspMinimums = {{47104, 1}, {19456, 2}, {12288, 3}, {9216, 4}, {7168, 5}};
        boolean atOrAbove = false;
        for (int[] minimum : owaspMinimums) {
            atOrAbove |= memoryKib >= minimum[0] && passes >= minimum[1];
        }
        assertThat(atOrAbove).as("t=%d, m=%d KiB", passes, memoryKib).isTrue();
        assertThat(Integer.parseInt(parameters.group(3))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_default_leaves_one_core_to_everyone_else() {
        assertThat(HashingLimit.defaultPermits())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        assertThatThrownBy(() -> new HashingLimit(new DefaultPasswordService(), 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
