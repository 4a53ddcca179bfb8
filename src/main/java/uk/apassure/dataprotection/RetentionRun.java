package uk.apassure.dataprotection;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.placement.Upn;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SecurityEventKind;
import uk.apassure.security.SecurityLog;

/**
 * Applies the retention schedule ({@link RetentionSettings}): anonymises pupils and safeguarding
 * concerns past their time and deletes old security events and reminder e-mails, in one transaction,
 * and stores what it did as a {@code retention_run} row (and a security log event). A record is kept
 * up to and including the day its period ends, and acted on the day after. Runs from the scheduler
 * only (no user), under a ShedLock lock so one node at a time.
 */
@Service
public class RetentionRun {

    /** What replaces a removed concern's text. */
    static final String REMOVED = "Removed under the retention schedule";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RetentionSettings settings;
    private final SecurityLog log;
    private final AccessGuard access;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    RetentionRun(JdbcTemplate jdbc, PlatformTransactionManager transactions, RetentionSettings settings,
            SecurityLog log, AccessGuard access, LockProvider lockProvider, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.log = log;
        this.access = access;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
    }

    /** Runs the schedule now, unless another node holds the lock (then nothing). */
    public Optional<RetentionReport> runLocked() {
        LockConfiguration lock = new LockConfiguration(clock.instant(), "retention", settings.lockAtMostFor(),
                java.time.Duration.ZERO);
        try {
            return Optional.ofNullable(locks.executeWithLock(this::run, lock).getResult());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the schedule now, without the lock (tests; the scheduler goes through {@link #runLocked()}). */
    public RetentionReport run() {
        // as stored (DATETIME(6)): the report returned equals the row read back
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        LocalDate today = ZonedDateTime.ofInstant(now, SchoolTime.ZONE).toLocalDate();
        RetentionReport report = java.util.Objects.requireNonNull(transaction.execute(status -> {
            int pupils = anonymisePupils(today);
            int concerns = anonymiseConcerns(today);
            // stored in UTC: compare with the UTC wall-clock time of the cut-off
            int events = jdbc.update("DELETE FROM security_event WHERE occurred_at < ?",
                    utc(now.atZone(ZoneOffset.UTC).minus(settings.securityLog()).toInstant()));
            int mails = jdbc.update("DELETE FROM reminder_mail WHERE queued_at < ?",
                    utc(now.atZone(ZoneOffset.UTC).minus(settings.reminderMails()).toInstant()));
            RetentionReport made = new RetentionReport(now, today, pupils, concerns, events, mails, settings.summary());
            jdbc.update("INSERT INTO retention_run (ran_at, as_of, pupils_anonymised, concerns_anonymised,"
                    + " security_events_deleted, reminder_mails_deleted, schedule) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    utc(now), Date.valueOf(today), pupils, concerns, events, mails, made.schedule());
            return made;
        }));
        log.record(SecurityEventKind.RETENTION_RUN, null, null, null, "As of " + today + ": " + report.pupilsAnonymised()
                + " pupils and " + report.concernsAnonymised() + " safeguarding concerns anonymised, "
                + report.securityEventsDeleted() + " security events and " + report.reminderMailsDeleted()
                + " reminder e-mails deleted");
        return report;
    }

    /**
     * Pupils whose every placement ended (or reintegrated) before today minus the period, and whose
     * every suspension began before it, lose their names, UPN and date of birth (kept: the year of
     * birth, year group, SEND, placements, marks and every count). A proposed or active placement, or
     * one with no end, keeps the pupil.
     */
    private int anonymisePupils(LocalDate today) {
        Date cutOff = Date.valueOf(today.minus(settings.placements()));
        List<Long> ids = jdbc.queryForList("SELECT p.id FROM pupil p WHERE p.anonymised_on IS NULL"
                // something is held on them ...
                + " AND (EXISTS (SELECT 1 FROM placement x WHERE x.pupil_id = p.id)"
                + "   OR EXISTS (SELECT 1 FROM suspension s WHERE s.pupil_id = p.id))"
                // ... and none of it is recent or still going on
                + " AND NOT EXISTS (SELECT 1 FROM placement x WHERE x.pupil_id = p.id AND (x.ends_on IS NULL"
                + "   OR x.status IN ('PROPOSED', 'ACTIVE') OR x.ends_on >= ?))"
                + " AND NOT EXISTS (SELECT 1 FROM suspension s WHERE s.pupil_id = p.id AND s.first_day >= ?)",
                Long.class, cutOff, cutOff);
        for (long id : ids) {
            String name = "Pupil " + id;
            // UPNs start with a local authority number; 000 is none, so this never matches a real pupil
            String upn = Upn.withCheckLetter(String.format("000%09d", id));
            jdbc.update("UPDATE pupil SET first_name = 'Former', last_name = ?, upn = ?,"
                    + " date_of_birth = MAKEDATE(YEAR(date_of_birth), 1), social_worker = NULL, anonymised_on = ?,"
                    + " version = version + 1 WHERE id = ?", name, upn, Date.valueOf(today), id);
            // the grid's sort key copies the name
            jdbc.update("UPDATE placement SET pupil_sort_name = ? WHERE pupil_id = ?", name + " Former", id);
            // ... and so does every revision of those placements in the change history (V30)
            jdbc.update("UPDATE placement_aud SET pupil_sort_name = ? WHERE id IN (SELECT id FROM placement WHERE pupil_id = ?)",
                    name + " Former", id);
        }
        return ids.size();
    }

    /**
     * Concerns raised at a visit before today minus the period: their text and outcome are replaced
     * and their e-mails (recipients) deleted; the concern stays, so counts do not change.
     */
    private int anonymiseConcerns(LocalDate today) {
        Timestamp cutOff = Timestamp.valueOf(today.minus(settings.safeguardingConcerns()).atStartOfDay());
        List<Long> ids = jdbc.queryForList("SELECT c.id FROM safeguarding_concern c JOIN visit v ON v.id = c.visit_id"
                + " WHERE c.anonymised_on IS NULL AND v.visited_at < ?", Long.class, cutOff);
        for (long id : ids) {
            jdbc.update("DELETE FROM concern_mail WHERE concern_id = ?", id);
            jdbc.update("UPDATE safeguarding_concern SET description = ?, outcome = IF(outcome IS NULL, NULL, ?),"
                    + " anonymised_on = ?, version = version + 1 WHERE id = ?", REMOVED, REMOVED, Date.valueOf(today), id);
        }
        return ids.size();
    }

    /** The latest runs, newest first: administrators. Counts only, no pupil. */
    public List<RetentionReport> recent(int limit) {
        access.require(Permission.RETENTION_READ);
        return jdbc.query("SELECT ran_at, as_of, pupils_anonymised, concerns_anonymised, security_events_deleted,"
                + " reminder_mails_deleted, schedule FROM retention_run ORDER BY ran_at DESC, id DESC LIMIT ?",
                (rs, row) -> new RetentionReport(rs.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC),
                        rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getString(7)), Math.max(0, limit));
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
