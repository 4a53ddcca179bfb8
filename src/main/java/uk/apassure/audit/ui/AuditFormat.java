package uk.apassure.audit.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import uk.apassure.audit.AuditSheet;

/** Dates and sign-offs as the audit pages show them (UK time). */
final class AuditFormat {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    private AuditFormat() {}

    static String when(@Nullable Instant at) {
        return at == null ? "–" : WHEN.format(at);
    }

    static String day(@Nullable Instant at) {
        return at == null ? "–" : DATE.withZone(ZoneId.of("Europe/London")).format(at);
    }

    static String signOff(AuditSheet.@Nullable SignOff signOff) {
        return signOff == null ? "not yet" : signOff.by() + ", " + when(signOff.at());
    }
}
