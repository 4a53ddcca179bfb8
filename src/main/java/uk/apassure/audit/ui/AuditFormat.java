package uk.apassure.audit.ui;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.apassure.audit.AuditSheet;
import uk.apassure.base.time.UkDates;

/** Dates and sign-offs as the audit pages show them (UK time). */
final class AuditFormat {

    private AuditFormat() {}

    static String when(@Nullable Instant at) {
        return UkDates.dateTime(at);
    }

    static String day(@Nullable Instant at) {
        return UkDates.date(at);
    }

    static String signOff(AuditSheet.@Nullable SignOff signOff) {
        return signOff == null ? "not yet" : signOff.by() + ", " + when(signOff.at());
    }
}
