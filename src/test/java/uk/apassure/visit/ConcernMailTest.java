package uk.apassure.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConcernMailTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void the_wait_doubles_after_each_failure_from_a_minute_up_to_an_hour() {
        assertThat(ConcernMail.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(ConcernMail.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(ConcernMail.waitAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(ConcernMail.waitAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(ConcernMail.waitAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(ConcernMail.waitAfter(49)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_failed_alert_keeps_its_reason_and_stops_after_the_last_attempt() {
        ConcernMail mail = new ConcernMail(1, 2, "A1 DSL", "a1.dsl@example.org", NOW);
        assertThat(mail.view().state()).isEqualTo(AlertState.QUEUED);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);
        for (int i = 1; i < ConcernMail.MAX_ATTEMPTS; i++) {
            mail.failed("the mail server could not be reached", NOW);
        }
        assertThat(mail.view().state()).isEqualTo(AlertState.FAILED);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        mail.failed("the mail server could not be reached", NOW);
        assertThat(mail.view().reason()).isEqualTo("the mail server could not be reached");
        assertThat(mail.getNextAttemptAt()).isNull();
    }

    @Test
    void a_dsl_without_an_e_mail_address_is_shown_as_failed_for_that_reason_and_never_tried() {
        ConcernMail mail = new ConcernMail(1, 3, "A1 Third DSL", null, NOW);
        assertThat(mail.view().state()).isEqualTo(AlertState.FAILED);
        assertThat(mail.view().reason()).isEqualTo("no e-mail address on their account");
        assertThat(mail.view().attempts()).isZero();
        assertThat(mail.getNextAttemptAt()).isNull();
    }
}
