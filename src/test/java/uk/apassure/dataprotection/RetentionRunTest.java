package uk.apassure.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import uk.apassure.IntegrationTest;
import uk.apassure.base.time.MutableClock;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.AccessGuard.AccessDeniedException;
import uk.apassure.security.SecurityLog;

/**
 * The retention schedule at its boundaries, with a moved clock: a record is kept on the last day of
 * its period and acted on the day after. Placements 6 years after ending (the pupil anonymised, counts
 * kept), concerns 25 years after the visit, security log 2 years, reminder e-mails 1 year.
 */
class RetentionRunTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RetentionSettings settings;

    @Autowired
    SecurityLog log;

    @Autowired
    AccessGuard access;

    @Autowired
    LockProvider locks;

    @Autowired
    ReviewFixtures fixtures;

    private final MutableClock clock = new MutableClock();

    private RetentionRun retention() {
        return new RetentionRun(jdbc, transactions, settings, log, access, locks, clock);
    }

    /** Noon UTC of a day (13:00 in London in summer: the same day either way). */
    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /** A pupil at A2 whose only placement ended on {@code endedOn} (a Friday, end of the summer term). */
    private long pupilWhosePlacementEnded(long provider, LocalDate endedOn) {
        long placement = fixtures.activeAtA2(provider);
        jdbc.update("UPDATE placement SET status = 'ENDED', destination = 'College', starts_on = ?, ends_on = ? WHERE id = ?",
                endedOn.minusMonths(10), endedOn, placement);
        return jdbc.queryForObject("SELECT pupil_id FROM placement WHERE id = ?", Long.class, placement);
    }

    @Test
    void aPupilIsAnonymisedTheDayAfterSixYearsFromTheirLastPlacementEnding() {
        long provider = fixtures.provider("Retention Provider " + System.nanoTime());
        LocalDate ended = LocalDate.of(2020, 7, 17);
        long pupil = pupilWhosePlacementEnded(provider, ended);
        Map<String, Object> before = jdbc.queryForMap("SELECT first_name, upn, date_of_birth FROM pupil WHERE id = ?", pupil);
        // a pupil with a suspension after the placement ended is kept longer
        long suspended = pupilWhosePlacementEnded(provider, ended);
        jdbc.update("INSERT INTO suspension (school_id, pupil_id, first_day, school_days, reason, recorded_by, recorded_at)"
                + " VALUES (?, ?, '2021-01-11', 1, 'DAMAGE', 'A2 AP Lead', NOW())", world.schoolA2, suspended);
        // a pupil still placed is never anonymised
        long activePlacement = fixtures.activeAtA2(provider);
        long active = jdbc.queryForObject("SELECT pupil_id FROM placement WHERE id = ?", Long.class, activePlacement);
        int placementsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE school_id = ?", Integer.class,
                world.schoolA2);

        String sortName = jdbc.queryForObject("SELECT pupil_sort_name FROM placement WHERE pupil_id = ?", String.class, pupil);
        String historyOfName = "SELECT COUNT(*) FROM placement_aud WHERE pupil_sort_name = ?"
                + " AND id IN (SELECT id FROM placement WHERE pupil_id = ?)";
        assertThat(jdbc.queryForObject(historyOfName, Integer.class, sortName, pupil)).as("the change history holds the name")
                .isPositive();

        clock.set(noon(LocalDate.of(2026, 7, 17)));
        retention().run();
        assertThat(jdbc.queryForMap("SELECT first_name, upn, date_of_birth FROM pupil WHERE id = ?", pupil))
                .isEqualTo(before);

        clock.set(noon(LocalDate.of(2026, 7, 18)));
        RetentionReport report = retention().run();
        Map<String, Object> after = jdbc.queryForMap("SELECT first_name, last_name, upn, date_of_birth, social_worker,"
                + " anonymised_on FROM pupil WHERE id = ?", pupil);
        assertThat(after.get("first_name")).isEqualTo("Former");
        assertThat(after.get("last_name")).isEqualTo("Pupil " + pupil);
        assertThat((String) after.get("upn")).isNotEqualTo(before.get("upn")).matches("[A-Z]000\\d{9}");
        LocalDate born = ((java.sql.Date) before.get("date_of_birth")).toLocalDate();
        assertThat(((java.sql.Date) after.get("date_of_birth")).toLocalDate()).isEqualTo(LocalDate.of(born.getYear(), 1, 1));
        assertThat(after.get("anonymised_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 7, 18)));
        assertThat(jdbc.queryForObject("SELECT pupil_sort_name FROM placement WHERE pupil_id = ?", String.class, pupil))
                .isEqualTo("Pupil " + pupil + " Former");
        assertThat(jdbc.queryForObject(historyOfName, Integer.class, sortName, pupil))
                .as("no revision in the change history keeps the name").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM placement_aud WHERE pupil_sort_name <> ?"
                + " AND id IN (SELECT id FROM placement WHERE pupil_id = ?)", Integer.class, "Pupil " + pupil + " Former", pupil))
                .isZero();
        assertThat(report.pupilsAnonymised()).isGreaterThanOrEqualTo(1);
        // counts kept: no placement (or anything hanging off it) deleted
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE school_id = ?", Integer.class,
                world.schoolA2)).isEqualTo(placementsBefore);
        assertThat(jdbc.queryForObject("SELECT anonymised_on FROM pupil WHERE id = ?", java.sql.Date.class, suspended))
                .isNull();
        assertThat(jdbc.queryForObject("SELECT anonymised_on FROM pupil WHERE id = ?", java.sql.Date.class, active))
                .isNull();

        // the next day's run does not do it again
        clock.set(noon(LocalDate.of(2026, 7, 19)));
        retention().run();
        assertThat(jdbc.queryForObject("SELECT anonymised_on FROM pupil WHERE id = ?", java.sql.Date.class, pupil))
                .isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 7, 18)));
        // six years after the suspension's first day, that pupil goes too
        clock.set(noon(LocalDate.of(2027, 1, 11)));
        retention().run();
        assertThat(jdbc.queryForObject("SELECT anonymised_on FROM pupil WHERE id = ?", java.sql.Date.class, suspended))
                .isNull();
        clock.set(noon(LocalDate.of(2027, 1, 12)));
        retention().run();
        assertThat(jdbc.queryForObject("SELECT anonymised_on FROM pupil WHERE id = ?", java.sql.Date.class, suspended))
                .isEqualTo(java.sql.Date.valueOf(LocalDate.of(2027, 1, 12)));
    }

    @Test
    void aConcernsTextIsRemovedTwentyFiveYearsAfterTheVisitAndTheConcernKept() {
        long provider = fixtures.provider("Retention Concern Provider " + System.nanoTime());
        long user = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'a1.dsl'", Long.class);
        jdbc.update("INSERT INTO visit (trust_id, school_id, provider_id, status, visited_at, notes, recorded_by_id,"
                + " recorded_by_name, created_at, updated_at) VALUES (?, ?, ?, 'DRAFT', '2001-07-17 10:00:00', '', ?,"
                + " 'A1 DSL', NOW(), NOW())", world.trustA, world.schoolA1, provider, user);
        long visit = jdbc.queryForObject("SELECT MAX(id) FROM visit WHERE provider_id = ?", Long.class, provider);
        jdbc.update("INSERT INTO safeguarding_concern (visit_id, description, raised_at, raised_by_id, raised_by_name)"
                + " VALUES (?, 'A named child said something worrying', '2001-07-17 10:00:00', ?, 'A1 DSL')", visit, user);
        long concern = jdbc.queryForObject("SELECT id FROM safeguarding_concern WHERE visit_id = ?", Long.class, visit);
        jdbc.update("INSERT INTO concern_mail (concern_id, recipient, status, queued_at, sent_at) VALUES (?, 'a1.dsl@school-a1.example.org', 'SENT', '2001-07-17 10:00:00', '2001-07-17 10:01:00')", concern);

        clock.set(noon(LocalDate.of(2026, 7, 17)));
        retention().run();
        assertThat(jdbc.queryForObject("SELECT description FROM safeguarding_concern WHERE id = ?", String.class, concern))
                .isEqualTo("A named child said something worrying");

        clock.set(noon(LocalDate.of(2026, 7, 18)));
        RetentionReport report = retention().run();
        assertThat(jdbc.queryForObject("SELECT description FROM safeguarding_concern WHERE id = ?", String.class, concern))
                .isEqualTo(RetentionRun.REMOVED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM concern_mail WHERE concern_id = ?", Integer.class, concern))
                .isZero();
        assertThat(report.concernsAnonymised()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void securityEventsAndReminderMailsAreDeletedAfterTheirPeriodAndTheRunIsReported() {
        Instant now = noon(LocalDate.of(2026, 7, 18));
        clock.set(now);
        String marker = "retention-boundary-" + System.nanoTime();
        // exactly two years old is kept; a second older is deleted (stored in UTC)
        event(now.atZone(ZoneOffset.UTC).minusYears(2).toInstant(), marker + "-kept");
        event(now.atZone(ZoneOffset.UTC).minusYears(2).minusSeconds(1).toInstant(), marker + "-deleted");
        long user = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'a1.aplead'", Long.class);
        mail(user, LocalDate.of(2001, 1, 1), now.atZone(ZoneOffset.UTC).minusYears(1).toInstant());
        mail(user, LocalDate.of(2001, 1, 2), now.atZone(ZoneOffset.UTC).minusYears(1).minusSeconds(1).toInstant());

        RetentionReport report = retention().runLocked().orElseThrow();

        assertThat(jdbc.queryForList("SELECT detail FROM security_event WHERE detail LIKE ?", String.class, marker + "%"))
                .containsExactly(marker + "-kept");
        assertThat(jdbc.queryForList("SELECT period FROM reminder_mail WHERE recipient_user_id = ? AND period < '2002-01-01'",
                java.sql.Date.class, user)).containsExactly(java.sql.Date.valueOf(LocalDate.of(2001, 1, 1)));
        assertThat(report.securityEventsDeleted()).isGreaterThanOrEqualTo(1);
        assertThat(report.reminderMailsDeleted()).isGreaterThanOrEqualTo(1);
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 7, 18));

        // the run is stored, shown to administrators only, and in the security log
        RetentionReport stored = as("a.admin", () -> retention().recent(1)).getFirst();
        assertThat(stored).isEqualTo(report);
        assertThat(stored.schedule()).contains("placements P6Y", "security log P2Y");
        for (String user2 : new String[] {"a1.dsl", "a1.head", "a.trustlead", "a1.governor"}) {
            assertThatThrownBy(() -> as(user2, () -> retention().recent(1))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM security_event WHERE kind = 'RETENTION_RUN'"
                + " AND detail LIKE 'As of 2026-07-18:%'", Integer.class)).isPositive();
    }

    private void event(Instant at, String detail) {
        jdbc.update("INSERT INTO security_event (occurred_at, kind, detail) VALUES (?, 'SIGN_OUT', ?)",
                Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)), detail);
    }

    private void mail(long user, LocalDate period, Instant queuedAt) {
        jdbc.update("INSERT INTO reminder_mail (kind, period, recipient_user_id, trust_id, school_id, recipient_name,"
                + " recipient, subject, body, item_count, status, queued_at) VALUES ('WEEKLY', ?, ?, ?, ?, 'A1 AP Lead',"
                + " 'a1.aplead@example.org', 'Due soon', 'Nothing', 1, 'QUEUED', ?)", java.sql.Date.valueOf(period), user,
                world.trustA, world.schoolA1, Timestamp.valueOf(LocalDateTime.ofInstant(queuedAt, ZoneOffset.UTC)));
    }
}
