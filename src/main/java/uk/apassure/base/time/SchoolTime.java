package uk.apassure.base.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Schools work on London time (GMT in winter, BST in
 * summer), whatever zone the server runs in; rules take "today" and "now" from this clock, so a
 * test moves time by giving them another clock, never by sleeping.
 */
@Configuration(proxyBeanMethods = false)
public class SchoolTime {

    /** The zone every school date and time is in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
