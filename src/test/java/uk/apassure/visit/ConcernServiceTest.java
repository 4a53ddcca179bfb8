package uk.apassure.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import uk.apassure.IntegrationTest;
import uk.apassure.security.AccessGuard;

/** Concern alerts go through a real SMTP server (GreenMail on the test port of application-test.properties). */
class ConcernServiceTest extends IntegrationTest {

    static final ServerSetup SMTP = new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @Autowired
    ConcernService concerns;

    @Autowired
    VisitService visits;

    @Autowired
    ConcernMailer mailer;

    @Autowired
    VisitFixtures fixtures;

    GreenMail smtp;
    long provider;

    @BeforeEach
    void startSmtp() {
        // anything left unsent by other tests (which run without an SMTP server) is flushed first
        smtp = new GreenMail(SMTP);
        smtp.start();
        mailer.sendPending();
        smtp.reset();
        provider = fixtures.approvedProvider("Concern farm");
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void raising_a_concern_mails_every_dsl_of_the_school_and_lists_it_as_open() throws Exception {
        long visit = fixtures.draftVisit("a1.visitor", provider);
        as("a1.visitor", () -> concerns.raise(visit, "Pupil left site unsupervised at lunch"));

        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> to = Arrays.stream(received).map(ConcernServiceTest::recipient).toList();
        assertThat(to).containsExactlyInAnyOrder("a1.dsl@school-a1.example.org", "a1.dsl2@school-a1.example.org");
        assertThat(received[0].getSubject()).startsWith("Safeguarding concern raised: Concern farm");
        // the e-mail points to the visit and carries no details of the concern
        String body = (String) received[0].getContent();
        assertThat(body).contains("/visits/" + visit).doesNotContain("unsupervised");

        List<OpenConcern> open = as("a1.dsl2", () -> concerns.open());
        assertThat(open).extracting(OpenConcern::visitId).contains(visit);
        assertThat(as("a2.dsl", () -> concerns.open())).extracting(OpenConcern::visitId).doesNotContain(visit);
        List<VisitRow> rows = as("a1.dsl", () -> visits.list(VisitFilter.ANY.withProvider(provider).withOpenConcern(true),
                PageRequest.of(0, 10)));
        assertThat(rows).extracting(VisitRow::id).containsExactly(visit);
        assertThat(rows.getFirst().hasOpenConcern()).isTrue();
    }

    @Test
    void a_concern_needs_a_description_and_only_one_per_visit() {
        long visit = fixtures.draftVisit("a1.visitor", provider);
        assertThatThrownBy(() -> as("a1.visitor", () -> concerns.raise(visit, "  ")))
                .isInstanceOf(VisitService.InvalidVisit.class).hasMessage("Describe the safeguarding concern");
        as("a1.visitor", () -> concerns.raise(visit, "Fire exit blocked"));
        assertThatThrownBy(() -> as("a1.visitor", () -> concerns.raise(visit, "Again")))
                .isInstanceOf(VisitService.InvalidVisit.class).hasMessageContaining("already been raised");
    }

    @Test
    void a_dsl_of_the_school_records_the_outcome_and_closes_it() {
        long visit = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 3, 2, 10, 0));
        long concern = as("a1.visitor", () -> concerns.raise(visit, "Fire exit blocked"));

        assertThatThrownBy(() -> as("a1.slt", () -> concerns.close(concern, 0, "Sorted")))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
        assertThatThrownBy(() -> as("a2.dsl", () -> concerns.close(concern, 0, "Sorted")))
                .isInstanceOf(VisitService.NotFound.class);
        assertThatThrownBy(() -> as("a1.dsl", () -> concerns.close(concern, 0, " ")))
                .isInstanceOf(VisitService.InvalidVisit.class).hasMessageContaining("Record the outcome");

        as("a1.dsl", () -> concerns.close(concern, 0, "Provider cleared the exit the same day; checked on follow-up call"));
        VisitPage.Concern closed = as("a1.visitor", () -> visits.get(visit)).concern();
        assertThat(closed.open()).isFalse();
        assertThat(closed.closedBy()).isEqualTo("A1 DSL");
        assertThat(closed.outcome()).startsWith("Provider cleared");
        assertThat(as("a1.dsl", () -> concerns.open())).extracting(OpenConcern::visitId).doesNotContain(visit);
    }

    @Test
    void when_the_mail_server_is_down_the_concern_is_kept_and_the_alert_sent_later() throws Exception {
        smtp.stop();
        long visit = fixtures.draftVisit("a1.visitor", provider);
        long concern = as("a1.visitor", () -> concerns.raise(visit, "Unlocked chemicals store"));
        assertThat(as("a1.dsl", () -> concerns.open())).extracting(OpenConcern::concernId).contains(concern);

        smtp = new GreenMail(SMTP);
        smtp.start();
        assertThat(mailer.sendPending()).isGreaterThanOrEqualTo(2);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ConcernServiceTest::recipient).toList())
                .contains("a1.dsl@school-a1.example.org", "a1.dsl2@school-a1.example.org");
        assertThat(mailer.sendPending()).isZero();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
