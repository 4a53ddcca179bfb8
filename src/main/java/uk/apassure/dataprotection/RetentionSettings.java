package uk.apassure.dataprotection;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retention schedule (application properties {@code apassure.retention.*}; docs/data-protection.md).
 *
 * @param enabled run the job on its schedule (off in tests: they run it by hand with a moved clock)
 * @param cron when it runs, London time (daily by default)
 * @param placements how long a pupil's identity is kept after their last placement ended (and their last
 *     suspension began); then names, UPN and date of birth are replaced
 * @param safeguardingConcerns how long a concern's text is kept after the visit it was raised at (no
 *     concern is linked to a pupil yet; when one is, it is kept to the pupil's date of birth plus this)
 * @param securityLog how long security log events are kept
 * @param reminderMails how long reminder e-mails (and their record) are kept after they were queued
 * @param lockAtMostFor how long the run's lock is held at most if a node dies mid-run
 */
@ConfigurationProperties("apassure.retention")
public record RetentionSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 30 2 * * *") String cron,
        @DefaultValue("P6Y") Period placements,
        @DefaultValue("P25Y") Period safeguardingConcerns,
        @DefaultValue("P2Y") Period securityLog,
        @DefaultValue("P1Y") Period reminderMails,
        @DefaultValue("PT30M") Duration lockAtMostFor) {

    /** The schedule as the report stores it. */
    String summary() {
        return "placements " + placements + " after ending; safeguarding concerns " + safeguardingConcerns
                + " after the visit; security log " + securityLog + "; reminder mails " + reminderMails;
    }
}
