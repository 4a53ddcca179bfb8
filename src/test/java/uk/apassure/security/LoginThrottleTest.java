package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.apassure.base.time.MutableClock;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void ten_failures_are_free_and_the_eleventh_attempt_must_wait() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("dsl");
        }
        assertThat(throttle.waitBeforeAttempt("dsl")).isZero();
        throttle.recordFailure("dsl");
        assertThat(throttle.waitBeforeAttempt("dsl")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void the_wait_grows_with_further_failures_but_never_beyond_a_minute() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("slt");
        }
        Duration previous = Duration.ZERO;
        for (int i = 0; i < 10; i++) {
            Duration wait = throttle.waitBeforeAttempt("slt");
            assertThat(wait).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(Duration.ofSeconds(60));
            previous = wait;
            clock.advance(wait);
            throttle.recordFailure("slt");
        }
        assertThat(previous).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void waiting_out_the_delay_allows_the_next_attempt() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("head");
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBeforeAttempt("head")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBeforeAttempt("head")).isZero();
    }

    @Test
    void failures_older_than_fifteen_minutes_no_longer_count() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("visitor");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.waitBeforeAttempt("visitor")).isZero();
    }

    @Test
    void accounts_are_throttled_separately_and_names_ignore_case() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("DSL ");
        }
        assertThat(throttle.waitBeforeAttempt("dsl")).isPositive();
        assertThat(throttle.waitBeforeAttempt("slt")).isZero();
    }

    @Test
    void a_success_clears_the_failures() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("senco");
        }
        throttle.recordSuccess("senco");
        assertThat(throttle.waitBeforeAttempt("senco")).isZero();
    }

    @Test
    void case_space_and_width_variants_of_one_name_share_one_allowance() {
        String[] variants = {"APLEAD", "aplead ", "\uFF41\uFF50\uFF4C\uFF45\uFF41\uFF44", " ApLead"};
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(variants[i % variants.length]);
        }
        assertThat(throttle.waitBeforeAttempt("aplead")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.waitBeforeAttempt("\uFF21PLEAD")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void one_address_trying_many_names_is_slowed_after_thirty_failures() {
        for (int i = 0; i < 29; i++) {
            throttle.recordFailure("name" + i, "203.0.113.9");
        }
        assertThat(throttle.waitBeforeAttempt("another", "203.0.113.9")).isZero();
        throttle.recordFailure("name29", "203.0.113.9");

        assertThat(throttle.waitBeforeAttempt("another", "203.0.113.9")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.waitBeforeAttempt("another", "198.51.100.7")).isZero();
    }

    @Test
    void the_whole_site_is_slowed_after_three_hundred_failures_but_by_seconds_only() {
        for (int i = 0; i < 300; i++) {
            throttle.recordFailure("name" + i, "10.0." + (i / 250) + "." + (i % 250));
        }
        Duration wait = throttle.waitBeforeAttempt("a.real.user", "192.0.2.1");
        assertThat(wait).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            clock.advance(throttle.waitBeforeAttempt("x", null));
            throttle.recordFailure("attacker" + i, "10.9.9." + i);
        }
        // a real user never waits more than the site cap, however long the attack goes on
        assertThat(throttle.waitBeforeAttempt("a.real.user", "192.0.2.1")).isEqualTo(Duration.ofSeconds(5));
    }
}
