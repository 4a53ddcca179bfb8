package uk.apassure.reminder;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the digests run: at their cron times (London time, whatever zone the server is in), and once
 * on start-up for a week or day whose run was missed while the app was down (or died half-way).
 * Off with {@code apassure.reminders.enabled=false} (the tests run them by hand, with a moved clock).
 */
@Component
@ConditionalOnProperty(name = "apassure.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final DigestRun digests;
    private final Executor executor;

    ReminderSchedule(DigestRun digests, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.digests = digests;
        this.executor = executor;
    }

    @Scheduled(cron = "${apassure.reminders.weekly-cron:0 0 7 * * MON}", zone = "Europe/London")
    void weekly() {
        runDue(DigestKind.WEEKLY);
    }

    @Scheduled(cron = "${apassure.reminders.daily-cron:0 0 7 * * *}", zone = "Europe/London")
    void daily() {
        runDue(DigestKind.DAILY);
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        executor.execute(() -> {
            runDue(DigestKind.WEEKLY);
            runDue(DigestKind.DAILY);
        });
    }

    private void runDue(DigestKind kind) {
        try {
            digests.runDue(kind).ifPresent(period -> LOG.info("{} for {} made", kind.label(), period));
        } catch (RuntimeException e) {
            // the next start or scheduled time makes it (the digests already queued are kept)
            LOG.error("{} failed", kind.label(), e);
        }
    }
}
