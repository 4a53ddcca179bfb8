package uk.apassure.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.reminder.DigestText.Digest;
import uk.apassure.reminder.Recipients.Recipient;

/**
 * Makes the digests of one scheduled run and queues them in the outbox. Three things keep each digest
 * single: a lock in MariaDB (ShedLock) so that only one node runs a kind at a time; the run log, so a
 * finished run is never made again; and the unique digest record per kind, period and recipient,
 * written in its own transaction, so that a run that overlaps another (its lock ran out) or resumes
 * one that died half-way adds only the digests still missing. A system job: the lines come from
 * {@link DueItems}, each to its own owner or to the AP leads of its school.
 */
@Component
public class DigestRun {

    private static final Logger LOG = LoggerFactory.getLogger(DigestRun.class);

    private final DueItems due;
    private final Recipients recipients;
    private final ReminderMailRepository mails;
    private final RunLog runs;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate newTransaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReminderSettings settings;
    private final String baseUrl;

    DigestRun(DueItems due, Recipients recipients, ReminderMailRepository mails, RunLog runs, LockProvider lockProvider,
            PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock,
            ReminderSettings settings, @Value("${apassure.base-url:http://localhost:8080}") String baseUrl) {
        this.due = due;
        this.recipients = recipients;
        this.mails = mails;
        this.runs = runs;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    /**
     * Makes the latest run of {@code kind} that was due by now, if it has not been made (the
     * scheduler at its time; start-up, for one missed while the app was down). Returns its period,
     * or nothing when there was nothing to run or another node holds the lock.
     */
    public Optional<LocalDate> runDue(DigestKind kind) {
        Optional<LocalDate> period = lastScheduled(CronExpression.parse(settings.cron(kind)),
                ZonedDateTime.now(clock).withZoneSameInstant(SchoolTime.ZONE));
        if (period.isEmpty() || runs.finished(kind, period.get())) {
            return Optional.empty();
        }
        LockConfiguration lock = new LockConfiguration(clock.instant(), kind.lockName(), settings.lockAtMostFor(),
                java.time.Duration.ZERO);
        try {
            LockingTaskExecutor.TaskResult<Boolean> result = locks.executeWithLock(() -> {
                // the lock is held: a run that finished while we waited for it is not made again
                if (runs.finished(kind, period.get())) {
                    return false;
                }
                run(kind, period.get());
                return true;
            }, lock);
            return Boolean.TRUE.equals(result.getResult()) ? period : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The date of the latest time the cron named at or before {@code now}, within the last eight days. */
    static Optional<LocalDate> lastScheduled(CronExpression cron, ZonedDateTime now) {
        ZonedDateTime last = null;
        for (ZonedDateTime at = cron.next(now.minusDays(8)); at != null && !at.isAfter(now); at = cron.next(at)) {
            last = at;
        }
        return Optional.ofNullable(last).map(ZonedDateTime::toLocalDate);
    }

    /** Makes one run without the lock: digests already made for this period are left as they are. */
    void run(DigestKind kind, LocalDate period) {
        LocalDate today = LocalDate.now(clock);
        runs.started(kind, period, clock.instant());
        List<DueLine> lines = due.needingAttention(today);
        int queued = kind == DigestKind.WEEKLY ? weekly(period, lines, today) : daily(period, lines, today);
        runs.finished(kind, period, today, clock.instant());
        LOG.info("{} for {}: {} e-mails queued", kind.label(), period, queued);
        events.publishEvent(new RemindersQueued(kind));
    }

    private int weekly(LocalDate period, List<DueLine> lines, LocalDate today) {
        Map<Long, List<DueLine>> byOwner = new TreeMap<>();
        lines.forEach(line -> byOwner.computeIfAbsent(line.ownerUserId(), any -> new ArrayList<>()).add(line));
        int queued = 0;
        for (Map.Entry<Long, List<DueLine>> owner : byOwner.entrySet()) {
            Optional<Recipient> recipient = recipients.find(owner.getKey());
            if (recipient.isPresent()) {
                queue(DigestKind.WEEKLY, period, recipient.get(),
                        DigestText.weekly(recipient.get().name(), owner.getValue(), period, today, baseUrl));
                queued++;
            }
        }
        return queued;
    }

    /** What became overdue or started to need review after the last finished daily run (yesterday, the first time). */
    private int daily(LocalDate period, List<DueLine> lines, LocalDate today) {
        LocalDate after = runs.lastAsOf(DigestKind.DAILY).orElse(today.minusDays(1));
        Map<Long, List<DueLine>> bySchool = new TreeMap<>();
        for (DueLine line : lines) {
            if (line.state() != DueState.DUE_SOON && line.stateSince().isAfter(after) && !line.stateSince().isAfter(today)) {
                List<DueLine> school = bySchool.computeIfAbsent(line.schoolId(), any -> new ArrayList<>());
                if (school.stream().noneMatch(line::sameThingAs)) {
                    school.add(line);
                }
            }
        }
        int queued = 0;
        for (Map.Entry<Long, List<DueLine>> school : bySchool.entrySet()) {
            for (Recipient lead : recipients.apLeads(school.getKey())) {
                queue(DigestKind.DAILY, period, lead,
                        DigestText.daily(lead.name(), lead.schoolName(), school.getValue(), today, baseUrl));
                queued++;
            }
        }
        return queued;
    }

    private void queue(DigestKind kind, LocalDate period, Recipient to, Digest digest) {
        newTransaction.executeWithoutResult(status -> mails.queue(kind, period, to, digest, clock.instant()));
    }
}
