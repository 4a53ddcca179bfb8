package uk.apassure.base.time;

import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's one clock fixed on a school day in term, Tue 24 Nov 2026 at 11:00 in London
 * (GMT), for tests that would otherwise depend on the day they run (a long holiday, a year with no
 * calendar). Import it with {@code @Import(InTermClock.class)}; test classes that import it and share
 * profiles share one Spring context, so a test that moves the clock sets it back first
 * ({@link #reset}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class InTermClock {

    public static final Instant TUESDAY_IN_TERM = Instant.parse("2026-11-24T11:00:00Z");

    @Bean
    @Primary
    MutableClock inTermClock() {
        return new MutableClock(TUESDAY_IN_TERM);
    }

    /** Back to Tue 24 Nov 2026, 11:00. */
    public static void reset(Clock clock) {
        ((MutableClock) clock).set(TUESDAY_IN_TERM);
    }
}
