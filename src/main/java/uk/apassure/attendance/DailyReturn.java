package uk.apassure.attendance;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.apassure.calendar.Session;

/**
 * A provider's daily return as CSV (docs/attendance.md): a header row {@code upn,date,session,mark}
 * and one row per session, the date as dd/MM/yyyy, the session AM or PM, the mark one of P, L, A,
 * U, X. This class only reads the file; the service checks each row against the school's pupils.
 */
final class DailyReturn {

    static final List<String> HEADER = List.of("upn", "date", "session", "mark");
    static final int MAX_ROWS = 2000;
    static final int MAX_CHARS = 200_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    /** A row as read: the fields that parsed, or why it did not. */
    record Row(int row, String upn, LocalDate date, Session session, Mark mark) {}

    record Read(List<Row> rows, List<ImportPreview.RowError> errors) {}

    private DailyReturn() {}

    static Read read(String csv) {
        List<Row> rows = new ArrayList<>();
        List<ImportPreview.RowError> errors = new ArrayList<>();
        if (csv.length() > MAX_CHARS) {
            errors.add(new ImportPreview.RowError(0, "The file is too large: one day's return at a time."));
            return new Read(rows, errors);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.strip()), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.UK)).toList();
            if (!header.containsAll(HEADER)) {
                errors.add(new ImportPreview.RowError(1, "The first row must name the columns "
                        + String.join(", ", HEADER) + "."));
                return new Read(rows, errors);
            }
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1;
                if (row > MAX_ROWS + 1) {
                    errors.add(new ImportPreview.RowError(row, "Too many rows: at most " + MAX_ROWS + "."));
                    break;
                }
                read(record, row, rows, errors);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new ImportPreview.RowError(0, "The file is not a CSV file with the columns "
                    + String.join(", ", HEADER) + "."));
        }
        return new Read(rows, errors);
    }

    private static void read(CSVRecord record, int row, List<Row> rows, List<ImportPreview.RowError> errors) {
        if (!record.isConsistent()) {
            errors.add(new ImportPreview.RowError(row, "Expected 4 columns."));
            return;
        }
        String upn = record.get("upn");
        LocalDate date;
        try {
            date = LocalDate.parse(record.get("date"), DATE);
        } catch (DateTimeParseException e) {
            errors.add(new ImportPreview.RowError(row, "Write the date as dd/mm/yyyy."));
            return;
        }
        Session session;
        try {
            session = Session.valueOf(record.get("session").toUpperCase(Locale.UK));
        } catch (IllegalArgumentException e) {
            errors.add(new ImportPreview.RowError(row, "The session is AM or PM."));
            return;
        }
        var mark = Mark.ofCode(record.get("mark"));
        if (mark.isEmpty()) {
            errors.add(new ImportPreview.RowError(row, "The mark is one of P, L, A, U, X."));
            return;
        }
        rows.add(new Row(row, upn, date, session, mark.get()));
    }
}
