package uk.apassure.reminder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reminders (application.properties, {@code apassure.reminders.*}).
 *
 * @param enabled whether the scheduler sends them at all (tests run them by hand)
 * @param weeklyCron when the weekly digest goes (Spring cron, London time): Monday 07:00
 * @param dailyCron when the daily e-mail goes: every day at 07:00
 * @param dueSoonDays how long before its date a thing is "due soon"
 * @param lockAtMostFor how long a run's lock is held if its node dies mid-run
 */
@ConfigurationProperties("apassure.reminders")
public record ReminderSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 0 7 * * MON") String weeklyCron,
        @DefaultValue("0 0 7 * * *") String dailyCron,
        @DefaultValue("28") int dueSoonDays,
        @DefaultValue("PT10M") Duration lockAtMostFor) {

    String cron(DigestKind kind) {
        return kind == DigestKind.WEEKLY ? weeklyCron : dailyCron;
    }
}
