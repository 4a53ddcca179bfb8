package uk.apassure.provider;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.Rag;
import uk.apassure.base.time.UkDates;

/** Suitability at a glance (issue 3): the latest decided audit's RAG and date, or why there is none to rely on. */
public final class AuditGlance {


    private AuditGlance() {}

    public static String of(@Nullable Rag rag, @Nullable LocalDate decidedOn, LocalDate today) {
        if (rag == null || decidedOn == null) {
            return "No audit";
        }
        // 001 §7.9: checks are renewed annually, so an audit older than a year is not enough on its own
        if (isOlderThanAYear(decidedOn, today)) {
            return rag.label() + ", " + UkDates.date(decidedOn) + " · older than 12 months";
        }
        return rag.label() + ", " + UkDates.date(decidedOn);
    }

    public static boolean isOlderThanAYear(LocalDate decidedOn, LocalDate today) {
        return decidedOn.isBefore(today.minusMonths(12));
    }
}
