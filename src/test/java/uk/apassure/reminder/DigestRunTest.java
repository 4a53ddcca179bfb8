package uk.apassure.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.transaction.PlatformTransactionManager;
import uk.apassure.IntegrationTest;
import uk.apassure.base.mail.MailDelivery;
import uk.apassure.base.time.MutableClock;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.security.AccessGuard;

/**
 * Digest runs against the real MariaDB and a real SMTP server (GreenMail on the test port): each
 * digest is sent once, whoever runs it and however often. Each test works in weeks of its own (the
 * run log is shared by the tests of one database), on a clock it moves.
 */
class DigestRunTest extends IntegrationTest {

    static final ServerSetup SMTP = new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final ReminderSettings SETTINGS = new ReminderSettings(true, "0 0 7 * * MON", "0 0 7 * * *", 28,
            Duration.ofMinutes(10));

    @Autowired
    ReminderWorld people;

    @Autowired
    Recipients recipients;

    @Autowired
    ReminderMailRepository mails;

    @Autowired
    RunLog runs;

    @Autowired
    LockProvider locks;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JavaMailSender sender;

    @Autowired
    AccessGuard access;

    GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        people.ensure();
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void two_schedulers_racing_for_the_lock_send_each_weekly_digest_once() throws Exception {
        MutableClock clock = clockAt(LocalDateTime.of(2030, 3, 4, 7, 0, 5)); // a Monday, just after 07:00
        DueItems due = dueOn(LocalDate.of(2030, 3, 4), List.of(
                R1_LEAD_LINE, R1_LEAD2_LINE, R2_LEAD_LINE));
        DigestRun nodeA = runner(due, recipients, clock);
        DigestRun nodeB = runner(due, recipients, clock);

        List<Optional<LocalDate>> results = race(() -> nodeA.runDue(DigestKind.WEEKLY),
                () -> nodeB.runDue(DigestKind.WEEKLY));
        sendAll(clock);

        // one of them made the run; the other found the lock taken or the run made
        assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(results).filteredOn(Optional::isPresent).first().isEqualTo(Optional.of(LocalDate.of(2030, 3, 4)));
        assertThat(nodeA.runDue(DigestKind.WEEKLY)).isEmpty();
        sendAll(clock);
        assertThat(receivedBy(weekOf("2030-03-04"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                ReminderWorld.address(ReminderWorld.R1_LEAD), 1L,
                ReminderWorld.address(ReminderWorld.R1_LEAD2), 1L,
                ReminderWorld.address(ReminderWorld.R2_LEAD), 1L));
    }

    @Test
    void runs_that_overlap_once_a_lock_ran_out_still_make_each_digest_once() throws Exception {
        LocalDate monday = LocalDate.of(2030, 3, 11);
        MutableClock clock = clockAt(monday.atTime(7, 1));
        DueItems due = dueOn(monday, List.of(R1_LEAD_LINE, R1_LEAD2_LINE, R2_LEAD_LINE));
        DigestRun nodeA = runner(due, recipients, clock);
        DigestRun nodeB = runner(due, recipients, clock);

        // both make the same run at once, without the lock (as when one node's lock expired mid-run)
        race(() -> {
            nodeA.run(DigestKind.WEEKLY, monday);
            return Optional.empty();
        }, () -> {
            nodeB.run(DigestKind.WEEKLY, monday);
            return Optional.empty();
        });
        sendAll(clock);

        assertThat(receivedBy(weekOf("2030-03-11")).values()).hasSize(3).containsOnly(1L);
        assertThat(runs.finished(DigestKind.WEEKLY, monday)).isTrue();
    }

    @Test
    void a_run_killed_half_way_is_made_again_on_restart_and_sends_nothing_twice() throws Exception {
        LocalDate monday = LocalDate.of(2030, 3, 18);
        MutableClock clock = clockAt(monday.atTime(7, 0, 1));
        DueItems due = dueOn(monday, List.of(R1_LEAD_LINE, R1_LEAD2_LINE, R2_LEAD_LINE));
        // the node dies while it looks up the last of the three owners (owners go in id order)
        long last = people.id(ReminderWorld.R2_LEAD);
        Recipients dying = new Recipients(null) {
            @Override
            Optional<Recipient> find(long userId) {
                if (userId == last) {
                    throw new IllegalStateException("node killed");
                }
                return recipients.find(userId);
            }
        };
        assertThatThrownBy(() -> runner(due, dying, clock).runDue(DigestKind.WEEKLY)).hasMessageContaining("killed");
        sendAll(clock);
        assertThat(receivedBy(weekOf("2030-03-18"))).containsOnlyKeys(
                ReminderWorld.address(ReminderWorld.R1_LEAD), ReminderWorld.address(ReminderWorld.R1_LEAD2));
        assertThat(runs.finished(DigestKind.WEEKLY, monday)).isFalse();

        // restarted (a new instance), later the same morning: the unfinished run is made again
        clock.advance(Duration.ofMinutes(20));
        assertThat(runner(due, recipients, clock).runDue(DigestKind.WEEKLY)).contains(monday);
        sendAll(clock);

        assertThat(receivedBy(weekOf("2030-03-18"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                ReminderWorld.address(ReminderWorld.R1_LEAD), 1L,
                ReminderWorld.address(ReminderWorld.R1_LEAD2), 1L,
                ReminderWorld.address(ReminderWorld.R2_LEAD), 1L));
    }

    @Test
    void a_week_missed_while_the_app_was_down_is_caught_up_once() throws Exception {
        // down from Sunday 24 March to Thursday 28 March 2030: Monday's 07:00 run never happened
        MutableClock clock = clockAt(LocalDateTime.of(2030, 3, 28, 10, 30));
        DueItems due = dueOn(LocalDate.of(2030, 3, 28), List.of(R1_LEAD_LINE));
        DigestRun restarted = runner(due, recipients, clock);

        assertThat(restarted.runDue(DigestKind.WEEKLY)).contains(LocalDate.of(2030, 3, 25));
        assertThat(restarted.runDue(DigestKind.WEEKLY)).isEmpty();
        // the next Monday before 07:00 is still that week; at 07:00 the new week's run is made
        clock.set(ZonedDateTime.of(2030, 4, 1, 6, 59, 0, 0, SchoolTime.ZONE).toInstant());
        assertThat(restarted.runDue(DigestKind.WEEKLY)).isEmpty();
        clock.set(ZonedDateTime.of(2030, 4, 1, 7, 0, 0, 0, SchoolTime.ZONE).toInstant());
        assertThat(restarted.runDue(DigestKind.WEEKLY)).contains(LocalDate.of(2030, 4, 1));
        sendAll(clock);

        List<String> subjects = received(ReminderWorld.R1_LEAD).stream().map(DigestRunTest::subject).toList();
        assertThat(subjects).filteredOn(subject -> subject.contains("week of Mon 25 Mar 2030")).hasSize(1);
        assertThat(subjects).filteredOn(subject -> subject.contains("week of Mon 1 Apr 2030")).hasSize(1);
        assertThat(subjects).hasSize(2);
    }

    @Test
    void the_latest_scheduled_time_is_in_london_time_across_the_clock_change() {
        CronExpression daily = CronExpression.parse(SETTINGS.dailyCron());
        CronExpression weekly = CronExpression.parse(SETTINGS.weeklyCron());
        // Sunday 29 March 2026 the clocks go forward; 06:59 BST is 05:59 UTC
        assertThat(DigestRun.lastScheduled(daily, ZonedDateTime.of(2026, 3, 30, 6, 59, 0, 0, SchoolTime.ZONE)))
                .contains(LocalDate.of(2026, 3, 29));
        assertThat(DigestRun.lastScheduled(daily, ZonedDateTime.of(2026, 3, 30, 7, 0, 0, 0, SchoolTime.ZONE)))
                .contains(LocalDate.of(2026, 3, 30));
        assertThat(DigestRun.lastScheduled(weekly, ZonedDateTime.of(2026, 3, 30, 6, 59, 0, 0, SchoolTime.ZONE)))
                .contains(LocalDate.of(2026, 3, 23));
        assertThat(DigestRun.lastScheduled(weekly, ZonedDateTime.of(2026, 4, 5, 23, 0, 0, 0, SchoolTime.ZONE)))
                .contains(LocalDate.of(2026, 3, 30));
    }

    @Test
    void when_the_mail_server_is_down_the_digest_is_retried_and_never_shown_as_sent() throws Exception {
        smtp.stop();
        LocalDate monday = LocalDate.of(2030, 4, 8);
        MutableClock clock = clockAt(monday.atTime(7, 0, 2));
        DueItems due = dueOn(monday, List.of(R2_LEAD_LINE,
                new Owned(ReminderWorld.R2_NO_MAIL, "Fire risk assessment", "Hill Workshop", 5)));
        runner(due, recipients, clock).runDue(DigestKind.WEEKLY);

        assertThat(sendAll(clock)).isZero();
        List<ReminderMailRow> shown = shownTo(ReminderWorld.R2_LEAD, clock, monday);
        assertThat(shown).extracting(ReminderMailRow::recipient, ReminderMailRow::state).containsExactlyInAnyOrder(
                tuple("R2 AP Lead", ReminderMailRow.State.RETRYING),
                tuple("R2 AP Lead Without Mail", ReminderMailRow.State.FAILED));
        ReminderMailRow retrying = shown.stream().filter(row -> row.recipient().equals("R2 AP Lead")).findFirst()
                .orElseThrow();
        assertThat(retrying.lastError()).isEqualTo("the mail server could not be reached");
        assertThat(retrying.sentAt()).isNull();
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(shown).filteredOn(row -> row.recipient().equals("R2 AP Lead Without Mail")).first()
                .extracting(ReminderMailRow::lastError).isEqualTo(MailDelivery.NO_ADDRESS);
        // another school's AP lead sees none of them
        assertThat(shownTo(ReminderWorld.R1_LEAD, clock, monday)).isEmpty();

        // the server is back; the retry is not due for a minute, then it goes, once
        smtp = new GreenMail(SMTP);
        smtp.start();
        assertThat(sendAll(clock)).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sendAll(clock)).isEqualTo(1);
        assertThat(sendAll(clock)).isZero();
        assertThat(shownTo(ReminderWorld.R2_LEAD, clock, monday)).extracting(ReminderMailRow::recipient,
                        ReminderMailRow::state)
                .containsExactlyInAnyOrder(tuple("R2 AP Lead", ReminderMailRow.State.SENT),
                        tuple("R2 AP Lead Without Mail", ReminderMailRow.State.FAILED));
        assertThat(receivedBy(weekOf("2030-04-08"))).containsExactly(
                Map.entry(ReminderWorld.address(ReminderWorld.R2_LEAD), 1L));
    }

    @Test
    void the_weekly_digest_lists_what_is_overdue_and_due_soon_with_links() throws Exception {
        LocalDate monday = LocalDate.of(2030, 4, 15);
        MutableClock clock = clockAt(monday.atTime(7, 0, 3));
        DueItems due = dueOn(monday, List.of(R1_LEAD_LINE, R1_LEAD2_LINE,
                new Owned(ReminderWorld.R1_LEAD, "Safeguarding policy", "Hill Workshop", 27)));
        runner(due, recipients, clock).runDue(DigestKind.WEEKLY);
        sendAll(clock);

        List<MimeMessage> digests = received(ReminderWorld.R1_LEAD).stream().filter(weekOf("2030-04-15")::apply)
                .toList();
        assertThat(digests).hasSize(1);
        assertThat(subject(digests.getFirst())).isEqualTo(
                "AP Assure weekly reminder: 1 overdue, 1 due soon (week of Mon 15 Apr 2030)");
        String body = ((String) digests.getFirst().getContent()).replace("\r\n", "\n");
        assertThat(body).contains("Hello R1 AP Lead,")
                .contains("Overdue (1)\n- Public liability insurance - Brook Farm - was due Fri 12 Apr 2030\n"
                        + "  http://apassure.test/audits/3\n")
                .contains("Due soon (1)\n- Safeguarding policy - Hill Workshop - due Sun 12 May 2030\n"
                        + "  http://apassure.test/audits/27\n")
                .contains("http://apassure.test/renewals")
                // another owner's thing is in their own digest only
                .doesNotContain("Fire risk assessment");
        assertThat(body.indexOf("Overdue (1)")).isLessThan(body.indexOf("Due soon (1)"));
    }

    @Test
    void the_daily_email_tells_the_schools_ap_leads_once_what_became_overdue() throws Exception {
        LocalDate tuesday = LocalDate.of(2031, 1, 7);
        MutableClock clock = clockAt(tuesday.atTime(7, 0, 4));
        DueItems due = dueOn(tuesday, List.of(
                new Owned(ReminderWorld.R1_LEAD, "Public liability insurance", "Brook Farm", -1),
                new Owned(ReminderWorld.R1_LEAD2, "Public liability insurance", "Brook Farm", -1),
                new Owned(ReminderWorld.R1_LEAD, "Fire risk assessment", "Brook Farm", 0),
                new Owned(ReminderWorld.R1_LEAD, "Safeguarding policy", "Hill Workshop", 9),
                new Owned(ReminderWorld.R2_LEAD, "Employer's liability insurance", "Hill Workshop", -30)));
        DigestRun node = runner(due, recipients, clock);

        assertThat(node.runDue(DigestKind.DAILY)).contains(tuesday);
        clock.advance(Duration.ofDays(1));
        assertThat(node.runDue(DigestKind.DAILY)).contains(tuesday.plusDays(1));
        clock.advance(Duration.ofDays(1));
        assertThat(node.runDue(DigestKind.DAILY)).contains(tuesday.plusDays(2));
        sendAll(clock);

        for (String lead : List.of(ReminderWorld.R1_LEAD, ReminderWorld.R1_LEAD2)) {
            List<String> bodies = received(lead).stream().filter(message -> subject(message).contains("at School R1"))
                    .map(DigestRunTest::body).toList();
            // Tuesday: the insurance that expired on Monday (once, though two owners hold it); Wednesday: the
            // fire risk assessment due on Tuesday; Thursday: nothing new, no e-mail
            assertThat(bodies).hasSize(2);
            assertThat(bodies).filteredOn(text -> text.contains("Public liability insurance - Brook Farm")).hasSize(1)
                    .first().satisfies(text -> assertThat(text).doesNotContain("Fire risk assessment")
                            .containsOnlyOnce("Public liability insurance"));
            assertThat(bodies).filteredOn(text -> text.contains("Fire risk assessment - Brook Farm - was due Tue 7 Jan"
                    + " 2031")).hasSize(1);
            assertThat(bodies).noneMatch(text -> text.contains("Safeguarding policy"));
        }
        // overdue long before the first daily run: not news
        assertThat(received(ReminderWorld.R2_LEAD)).noneMatch(message -> subject(message).contains("at School R2"));
    }

    // -- fixtures ------------------------------------------------------------------------------------

    /** Lines named by owner; turned into the owner's id and school when the run asks. */
    record Owned(String owner, String what, String provider, int dueInDays) {}

    static final Owned R1_LEAD_LINE = new Owned(ReminderWorld.R1_LEAD, "Public liability insurance", "Brook Farm", -3);
    static final Owned R1_LEAD2_LINE = new Owned(ReminderWorld.R1_LEAD2, "Fire risk assessment", "Brook Farm", 10);
    static final Owned R2_LEAD_LINE = new Owned(ReminderWorld.R2_LEAD, "Employer's liability insurance",
            "Hill Workshop", 20);

    /**
     * Lines due {@code dueInDays} after {@code day}, in the state the real query gives them on the day
     * the run asks about (overdue from the day after the due date, due soon before it).
     */
    DueItems dueOn(LocalDate day, List<Owned> owned) {
        return today -> owned.stream().map(line -> line(line, day.plusDays(line.dueInDays()), today)).toList();
    }

    DueLine line(Owned owned, LocalDate due, LocalDate today) {
        boolean overdue = due.isBefore(today);
        return new DueLine(owned.what(), owned.provider().hashCode() & 0xffff, owned.provider(),
                people.school(owned.owner()), owned.owner().startsWith("r1") ? "School R1" : "School R2",
                people.id(owned.owner()), due, overdue ? DueState.OVERDUE : DueState.DUE_SOON,
                overdue ? due.plusDays(1) : due.minusDays(28), "/audits/" + Math.abs(owned.dueInDays()));
    }

    DigestRun runner(DueItems due, Recipients who, MutableClock clock) {
        return new DigestRun(due, who, mails, runs, locks, transactions, event -> {}, clock, SETTINGS,
                "http://apassure.test");
    }

    /** A sender like the application's, on the test's clock, sending on the caller's thread. */
    int sendAll(MutableClock clock) {
        return new ReminderMailer(mails, sender, transactions, Runnable::run, clock, "ap-assure@localhost").sendDue();
    }

    List<ReminderMailRow> shownTo(String username, MutableClock clock, LocalDate period) {
        ReminderMailService service = new ReminderMailService(mails, access, clock);
        return as(username, () -> service.recent(PageRequest.of(0, 100))).stream()
                .filter(row -> row.period().equals(period)).toList();
    }

    static String body(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MutableClock clockAt(LocalDateTime london) {
        return new MutableClock(london.atZone(SchoolTime.ZONE).toInstant());
    }

    @SafeVarargs
    static <T> List<T> race(java.util.concurrent.Callable<T>... work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (java.util.concurrent.Callable<T> each : work) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return each.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static Function<MimeMessage, Boolean> weekOf(String isoMonday) {
        LocalDate monday = LocalDate.parse(isoMonday);
        String shown = uk.apassure.base.time.UkDates.date(monday);
        return message -> subject(message).contains("week of " + shown);
    }

    Map<String, Long> receivedBy(Function<MimeMessage, Boolean> which) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(which::apply)
                .collect(Collectors.groupingBy(DigestRunTest::recipient, Collectors.counting()));
    }

    List<MimeMessage> received(String username) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipient(message).equals(ReminderWorld.address(username))).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
