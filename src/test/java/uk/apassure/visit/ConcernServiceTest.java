package uk.apassure.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.base.time.MutableClock;
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

    @Autowired
    ConcernMailRepository mails;

    @Autowired
    ConcernRepository concernRows;

    @Autowired
    ConcernViews views;

    @Autowired
    JavaMailSender sender;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(SMTP);
        smtp.start();
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

        List<MimeMessage> received = mailsAbout(visit, 2);
        List<String> to = received.stream().map(ConcernServiceTest::recipient).toList();
        assertThat(to).containsExactlyInAnyOrder("a1.dsl@school-a1.example.org", "a1.dsl2@school-a1.example.org");
        assertThat(received.getFirst().getSubject()).startsWith("Safeguarding concern raised: Concern farm");
        // the e-mail points to the visit and carries no details of the concern
        String body = (String) received.getFirst().getContent();
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
    void alerts_are_queued_in_the_concerns_transaction_and_shown_as_sent_once_the_mail_server_took_them()
            throws Exception {
        long visit = fixtures.draftVisit("a1.visitor", provider);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            as("a1.visitor", () -> concerns.raise(visit, "Fire door wedged open"));
            // inside the concern's transaction: one alert per DSL, queued, and nothing sent before it commits
            assertThat(alerts("a1.visitor", visit)).extracting(VisitPage.Alert::recipient, VisitPage.Alert::state)
                    .containsExactly(tuple("A1 DSL", AlertState.QUEUED), tuple("A1 Second DSL", AlertState.QUEUED));
            assertThat(mailsAbout(visit)).isEmpty();
        });

        // after the commit the sender, on its own thread, sends them and records it
        assertThat(mailsAbout(visit, 2)).hasSize(2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(alerts("a1.dsl", visit))
                .allSatisfy(alert -> {
                    assertThat(alert.state()).isEqualTo(AlertState.SENT);
                    assertThat(alert.sentAt()).isNotNull();
                    assertThat(alert.attempts()).isEqualTo(1);
                }).hasSize(2));
    }

    @Test
    void a_concern_that_is_rolled_back_leaves_no_alert_behind() {
        long visit = fixtures.draftVisit("a1.visitor", provider);
        long before = mails.count();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            as("a1.visitor", () -> concerns.raise(visit, "Written, then the transaction failed"));
            assertThat(mails.count()).isEqualTo(before + 2);
            status.setRollbackOnly();
        });
        assertThat(mails.count()).isEqualTo(before);
        assertThat(as("a1.visitor", () -> visits.get(visit)).concern()).isNull();
        assertThat(mailer.sendDue()).isZero();
        assertThat(mailsAbout(visit)).isEmpty();
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
    void when_the_mail_server_is_down_each_alert_fails_with_the_reason_and_is_retried_later_and_later() throws Exception {
        smtp.stop();
        long visit = fixtures.draftVisit("a1.visitor", provider);
        long concern = as("a1.visitor", () -> concerns.raise(visit, "Unlocked chemicals store"));
        assertThat(as("a1.dsl", () -> concerns.open())).extracting(OpenConcern::concernId).contains(concern);

        // the first try, right after the commit, fails for each DSL: the author and the DSLs see why
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(alerts("a1.visitor", visit))
                .allSatisfy(alert -> assertThat(alert.attempts()).isEqualTo(1)).hasSize(2));
        List<VisitPage.Alert> failed = alerts("a1.visitor", visit);
        assertThat(failed).allSatisfy(alert -> {
            assertThat(alert.state()).isEqualTo(AlertState.FAILED);
            assertThat(alert.reason()).isEqualTo("the mail server could not be reached");
            assertThat(alert.nextAttemptAt()).isEqualTo(alert.lastAttemptAt().plus(Duration.ofMinutes(1)));
        });
        assertThat(alerts("a1.dsl", visit)).isEqualTo(failed);

        // from here a sender whose clock the test moves: each wait is twice the one before
        MutableClock clock = new MutableClock(failed.getFirst().lastAttemptAt());
        ConcernMailer later = senderAt(clock);
        clock.advance(Duration.ofSeconds(59));
        later.sendDue();
        assertThat(alerts("a1.dsl", visit)).extracting(VisitPage.Alert::attempts).containsOnly(1);

        clock.set(latest(failed).plus(Duration.ofMinutes(1)));
        later.sendDue();
        List<VisitPage.Alert> second = alerts("a1.dsl", visit);
        assertThat(second).extracting(VisitPage.Alert::attempts).containsOnly(2);
        assertThat(second).allSatisfy(alert -> assertThat(alert.nextAttemptAt())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(2))));

        clock.advance(Duration.ofMinutes(1));
        later.sendDue();
        assertThat(alerts("a1.dsl", visit)).extracting(VisitPage.Alert::attempts).containsOnly(2);
        clock.advance(Duration.ofMinutes(1));
        later.sendDue();
        assertThat(alerts("a1.dsl", visit)).extracting(VisitPage.Alert::attempts).containsOnly(3);
        assertThat(alerts("a1.dsl", visit)).allSatisfy(alert -> assertThat(alert.nextAttemptAt())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(4))));

        // the mail server is back: the next due try sends both, and the page says so
        smtp = new GreenMail(SMTP);
        smtp.start();
        clock.advance(Duration.ofMinutes(4));
        later.sendDue();
        assertThat(mailsAbout(visit, 2)).extracting(ConcernServiceTest::recipient)
                .containsExactlyInAnyOrder("a1.dsl@school-a1.example.org", "a1.dsl2@school-a1.example.org");
        assertThat(alerts("a1.visitor", visit)).allSatisfy(alert -> {
            assertThat(alert.state()).isEqualTo(AlertState.SENT);
            assertThat(alert.attempts()).isEqualTo(4);
            assertThat(alert.reason()).isNull();
            assertThat(alert.nextAttemptAt()).isNull();
        });
        clock.advance(Duration.ofHours(2));
        later.sendDue();
        assertThat(mailsAbout(visit)).hasSize(2);
    }

    @Test
    void two_senders_at_once_never_send_the_same_alert() throws Exception {
        smtp.stop();
        long visit = fixtures.draftVisit("a1.visitor", provider);
        as("a1.visitor", () -> concerns.raise(visit, "Two nodes, one alert each"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(alerts("a1.dsl", visit))
                .allSatisfy(alert -> assertThat(alert.attempts()).isEqualTo(1)).hasSize(2));
        smtp = new GreenMail(SMTP);
        smtp.start();
        MutableClock clock = new MutableClock(latest(alerts("a1.dsl", visit)).plus(Duration.ofMinutes(1)));
        ConcernMailer nodeA = senderAt(clock);
        ConcernMailer nodeB = senderAt(clock);

        // node B looks for due alerts while node A holds them locked: it skips them rather than wait or send
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                assertThat(mails.lockDue(clock.instant(), 1000)).hasSizeGreaterThanOrEqualTo(2);
                Future<Integer> sentByB = otherNode.submit(nodeB::sendDue);
                assertThat(get(sentByB)).isZero();
            });
        } finally {
            otherNode.shutdown();
        }
        // both nodes at once, on two threads: every alert goes out exactly once
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = nodes.submit(nodeA::sendDue);
            Future<Integer> b = nodes.submit(nodeB::sendDue);
            get(a);
            get(b);
        } finally {
            nodes.shutdown();
        }
        assertThat(mailsAbout(visit, 2)).extracting(ConcernServiceTest::recipient)
                .containsExactlyInAnyOrder("a1.dsl@school-a1.example.org", "a1.dsl2@school-a1.example.org");
        assertThat(alerts("a1.dsl", visit)).extracting(VisitPage.Alert::attempts).containsOnly(2);
    }

    /** A sender like the application's, on a clock the test moves, trying at once on the caller's thread. */
    private ConcernMailer senderAt(MutableClock clock) {
        return new ConcernMailer(mails, concernRows, views, sender, transactions, Runnable::run, events, clock,
                "ap-assure@localhost", "http://localhost:8080");
    }

    private List<VisitPage.Alert> alerts(String username, long visit) {
        return as(username, () -> visits.get(visit)).concern().alerts();
    }

    private static java.time.Instant latest(List<VisitPage.Alert> alerts) {
        return alerts.stream().map(VisitPage.Alert::lastAttemptAt).max(java.util.Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The e-mails received so far that link to this visit. */
    private List<MimeMessage> mailsAbout(long visit) {
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("/visits/" + visit + "\\b");
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> link.matcher(body(message)).find()).toList();
    }

    /** Waits (with a deadline) until {@code count} e-mails about this visit have arrived. */
    private List<MimeMessage> mailsAbout(long visit, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(visit).size() >= count);
        return mailsAbout(visit);
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
