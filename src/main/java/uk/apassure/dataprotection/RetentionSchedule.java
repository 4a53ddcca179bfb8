package uk.apassure.dataprotection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention schedule daily (London time). Off with {@code apassure.retention.enabled=false}
 * (tests run it by hand, with a moved clock).
 */
@Component
@ConditionalOnProperty(name = "apassure.retention.enabled", havingValue = "true", matchIfMissing = true)
class RetentionSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RetentionRun retention;

    RetentionSchedule(RetentionRun retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${apassure.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    void daily() {
        try {
            retention.runLocked().ifPresent(report -> LOG.info("Retention schedule applied: {}", report));
        } catch (RuntimeException e) {
            // tomorrow's run does what this one did not: every rule works from the day, not the last run
            LOG.error("Retention schedule failed", e);
        }
    }
}
