package uk.apassure.dataprotection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.pdf.PdfDocuments;
import uk.apassure.base.time.UkDates;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SecurityEventKind;
import uk.apassure.security.SecurityLog;
import uk.apassure.security.SignedInUser;

/**
 * The subject access export (UK GDPR Art. 15): everything held on one pupil in a zip, one CSV per
 * kind of record ({@link SubjectAccessRecords}) and a PDF of the same for reading. Only the DSL or
 * the headteacher of the pupil's own school may make one: not a trust lead (the school, as the
 * controller, answers a request; a trust lead asks the school), not SLT, governors or admins. Every
 * export, and every refusal, is in the security log.
 */
@Service
public class SubjectAccessExport {

    private final JdbcTemplate jdbc;
    private final AccessGuard access;
    private final SecurityLog log;
    private final Clock clock;

    SubjectAccessExport(JdbcTemplate jdbc, AccessGuard access, SecurityLog log, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.log = log;
        this.clock = clock;
    }

    /** The export's file: its name and bytes. */
    public record Export(String fileName, byte[] zip) {}

    /** No such pupil or placement. */
    public static class NotFound extends Refusal {
        NotFound() {
            super("There is no such pupil");
        }
    }

    /** The export of the pupil of a placement (the button on the placement page). */
    @Transactional(readOnly = true)
    public Export forPlacement(long placementId) {
        access.require(Permission.SUBJECT_ACCESS_EXPORT);
        List<Long> pupil = jdbc.queryForList("SELECT pupil_id FROM placement WHERE id = ?", Long.class, placementId);
        if (pupil.isEmpty()) {
            throw new NotFound();
        }
        return forPupil(pupil.getFirst());
    }

    /** Everything held on one pupil. */
    @Transactional(readOnly = true)
    public Export forPupil(long pupilId) {
        SignedInUser user = access.require(Permission.SUBJECT_ACCESS_EXPORT);
        // the pupil's school and trust, for the scope check
        List<Map<String, Object>> found = jdbc.queryForList(
                "SELECT p.school_id, s.trust_id, p.upn FROM pupil p JOIN school s ON s.id = p.school_id WHERE p.id = ?",
                pupilId);
        if (found.isEmpty()) {
            throw new NotFound();
        }
        long schoolId = ((Number) found.getFirst().get("school_id")).longValue();
        long trustId = ((Number) found.getFirst().get("trust_id")).longValue();
        access.requireSameTrust(user, trustId);
        if (user.schoolId() == null || user.schoolId() != schoolId) {
            throw access.refused("Only the pupil's own school's DSL or headteacher exports their records");
        }
        Map<SubjectAccessRecords.Kind, Table> tables = new LinkedHashMap<>();
        for (SubjectAccessRecords.Kind kind : SubjectAccessRecords.KINDS) {
            tables.put(kind, read(kind, pupilId));
        }
        LocalDate today = LocalDate.now(clock);
        String upn = String.valueOf(found.getFirst().get("upn"));
        byte[] zip = zip(tables, pdf(tables, today));
        log.record(SecurityEventKind.SUBJECT_ACCESS_EXPORTED,
                "Pupil " + pupilId + " (UPN " + upn + "): " + tables.values().stream().mapToInt(t -> t.rows().size()).sum()
                        + " records in " + tables.size() + " files");
        return new Export("subject-access-pupil-" + pupilId + "-" + today + ".zip", zip);
    }

    /** One kind's rows as text, with its column names. */
    record Table(List<String> columns, List<List<String>> rows) {}

    private Table read(SubjectAccessRecords.Kind kind, long pupilId) {
        List<String> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int parameters = (int) kind.sql().chars().filter(c -> c == '?').count();
        Object[] arguments = java.util.Collections.nCopies(parameters, (Object) pupilId).toArray();
        jdbc.query(kind.sql(), rs -> {
            var meta = rs.getMetaData();
            if (columns.isEmpty()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i));
                }
            }
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.add(text(rs.getObject(i)));
            }
            rows.add(row);
        }, arguments);
        if (columns.isEmpty()) {
            // no rows: the column names still head the empty file
            jdbc.query(kind.sql() + " LIMIT 0", rs -> {
                var meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i));
                }
                return null;
            }, arguments);
        }
        return new Table(columns, rows);
    }

    private static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case Timestamp timestamp -> timestamp.toLocalDateTime().toString();
            case LocalDateTime time -> time.toString();
            case byte[] bytes -> bytes.length + " bytes";
            default -> value.toString();
        };
    }

    private static byte[] zip(Map<SubjectAccessRecords.Kind, Table> tables, byte[] pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("records.pdf"));
            zip.write(pdf);
            zip.closeEntry();
            for (Map.Entry<SubjectAccessRecords.Kind, Table> entry : tables.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey().file() + ".csv"));
                zip.write(csv(entry.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] csv(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new)).get())) {
            for (List<String> row : table.rows()) {
                printer.printRecord(row.stream().map(SubjectAccessExport::cell).toList());
            }
        }
        return out.toByteArray();
    }

    /** A cell a spreadsheet would run as a formula (= + - @ first) is prefixed with an apostrophe (OWASP). */
    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static byte[] pdf(Map<SubjectAccessRecords.Kind, Table> tables, LocalDate today) {
        return PdfDocuments.a4("Subject access export", document -> body(document, tables, today));
    }

    private static void body(Document document, Map<SubjectAccessRecords.Kind, Table> tables, LocalDate today) {
        document.add(new Paragraph("Records held on one pupil", PdfDocuments.TITLE));
        document.add(new Paragraph("Made on " + UkDates.date(today) + ". The same records are in the CSV files of"
                + " this zip, one file per kind.", PdfDocuments.TEXT));
        for (Map.Entry<SubjectAccessRecords.Kind, Table> entry : tables.entrySet()) {
            Table table = entry.getValue();
            document.add(PdfDocuments.heading(entry.getKey().title() + " (" + table.rows().size() + ")",
                    PdfDocuments.HEADING));
            if (table.rows().isEmpty()) {
                document.add(new Paragraph("None held.", PdfDocuments.TEXT));
            }
            int number = 0;
            for (List<String> row : table.rows()) {
                number++;
                if (table.rows().size() > 1) {
                    document.add(new Paragraph(String.valueOf(number), PdfDocuments.BOLD));
                }
                for (int i = 0; i < row.size(); i++) {
                    if (!row.get(i).isEmpty()) {
                        document.add(PdfDocuments.line(table.columns().get(i).replace('_', ' '), row.get(i)));
                    }
                }
            }
        }
    }
}
