package uk.apassure.dataprotection;

import java.time.Instant;
import java.time.LocalDate;

/** What one run of the retention schedule did. */
public record RetentionReport(Instant ranAt, LocalDate asOf, int pupilsAnonymised, int concernsAnonymised,
        int securityEventsDeleted, int reminderMailsDeleted, String schedule) {}
