package uk.apassure.compare;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Service;
import uk.apassure.base.pdf.PdfDocuments;
import uk.apassure.base.pdf.PdfFonts;
import uk.apassure.base.time.UkDates;

/**
 * The comparison as a CSV file (Apache Commons CSV) and as a PDF for a trust board pack (OpenPDF):
 * the same rows the page shows the user, fetched again through {@link CompareService}, which checks
 * who asks. Governors' files hold the by-school-and-type rows only.
 */
@Service
public class CompareExports {

    private final CompareService compare;

    CompareExports(CompareService compare) {
        this.compare = compare;
    }

    public byte[] csv(@Nullable String periodKey) {
        ComparePeriod period = compare.period(periodKey);
        Rows rows = rows(period);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        List<String> header = new ArrayList<>(rows.keys());
        rows.measures().forEach(m -> header.add(m.heading()));
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (Measures row : rows.rows()) {
                printer.printRecord(cells(rows, row).stream().map(CompareExports::cell).toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] pdf(@Nullable String periodKey) {
        ComparePeriod period = compare.period(periodKey);
        Rows rows = rows(period);
        List<Measures> schools = compare.schools(period);
        return PdfDocuments.a4("Provider comparison", document -> {
            document.add(new Paragraph("Provider comparison", PdfDocuments.TITLE));
            document.add(PdfDocuments.line("Period", period.label() + ": " + UkDates.date(period.from()) + " to "
                    + UkDates.date(period.to())));
            document.add(PdfDocuments.heading(rows.keys().getFirst().equals("Provider") ? "Providers" : "By school and provider type",
                    PdfDocuments.HEADING));
            document.add(table(rows));
            document.add(PdfDocuments.heading("Providers used by each school, by latest audit rating",
                    PdfDocuments.HEADING));
            PdfPTable rag = new PdfPTable(5);
            rag.setWidthPercentage(100);
            for (String h : List.of("School", "Green", "Amber", "Red", "Not audited")) {
                rag.addCell(PdfDocuments.cell(h, PdfDocuments.BOLD));
            }
            for (Measures school : schools) {
                for (String v : List.of(school.schoolName(), "" + school.green(), "" + school.amber(),
                        "" + school.red(), "" + school.unaudited())) {
                    rag.addCell(PdfDocuments.cell(v, PdfDocuments.TEXT));
                }
            }
            document.add(rag);
        });
    }

    private static PdfPTable table(Rows rows) {
        int columns = rows.keys().size() + rows.measures().size();
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        // the names get the room; each measure a narrow column
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 3.2f;
        widths[1] = 2.2f;
        table.setWidths(widths);
        table.setHeaderRows(1);
        var small = PdfFonts.regular(6.5f);
        var smallBold = PdfFonts.bold(6.5f);
        rows.keys().forEach(k -> table.addCell(PdfDocuments.cell(k, smallBold)));
        rows.measures().forEach(m -> table.addCell(PdfDocuments.cell(m.heading(), smallBold)));
        for (Measures row : rows.rows()) {
            cells(rows, row).forEach(c -> table.addCell(PdfDocuments.cell(c, small)));
        }
        return table;
    }

    private Rows rows(ComparePeriod period) {
        if (compare.comparesProviders()) {
            return new Rows(List.of("Provider", "Type"), Arrays.asList(Measure.values()), compare.providers(period));
        }
        return new Rows(List.of("School", "Provider type"),
                Arrays.stream(Measure.values()).filter(m -> !m.providerOnly()).toList(),
                compare.bySchoolAndType(period));
    }

    private static List<String> cells(Rows rows, Measures row) {
        List<String> cells = new ArrayList<>();
        if (rows.keys().getFirst().equals("Provider")) {
            cells.add(row.providerName());
        } else {
            cells.add(row.schoolName());
        }
        cells.add(row.type() == null ? "" : row.type().label());
        rows.measures().forEach(m -> cells.add(m.text(row)));
        return cells;
    }

    /** A cell a spreadsheet would run as a formula (= + - @ first) is prefixed with an apostrophe (OWASP). */
    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private record Rows(List<String> keys, List<Measure> measures, List<Measures> rows) {}
}
