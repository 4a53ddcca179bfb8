package uk.apassure.attendance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.calendar.Session;

/**
 * What a provider's daily return would record, checked before anything is written: every line it
 * would mark, and every row refused with its row number (the header is row 1). It imports only
 * when there are no errors, all rows in one transaction.
 */
public record ImportPreview(List<Line> lines, List<RowError> errors) {

    public ImportPreview {
        lines = List.copyOf(lines);
        errors = List.copyOf(errors);
    }

    public boolean importable() {
        return errors.isEmpty() && !lines.isEmpty();
    }

    /** @param replaces the mark already recorded for the session, which the import overwrites */
    public record Line(int row, long placementId, long schoolId, String pupilName, LocalDate date, Session session,
            Mark mark, @Nullable Mark replaces) {}

    public record RowError(int row, String reason) {}
}
