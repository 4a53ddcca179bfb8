package uk.apassure.placement;

import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import uk.apassure.base.time.UkDates;

/**
 * The Ofsted-call list as an A4 PDF (OpenPDF), to read from when the call comes: per provider its
 * registration, URN, sites, how many of the school's pupils are there and why, then each pupil
 * with start date and hours a week.
 */
final class OfstedListPdf {

    private static final Font TITLE = font(16, true);
    private static final Font HEADING = font(12, true);
    private static final Font BOLD = font(9, true);
    private static final Font TEXT = font(9, false);

    private OfstedListPdf() {}

    /** The one place the list's font is chosen (Helvetica today; an embedded font can replace it here). */
    static Font font(float size, boolean bold) {
        return FontFactory.getFont(bold ? FontFactory.HELVETICA_BOLD : FontFactory.HELVETICA, size, Font.NORMAL);
    }

    static byte[] write(OfstedList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Alternative provision in use: " + list.schoolName());
        document.open();
        document.add(new Paragraph("Alternative provision in use", TITLE));
        document.add(line("School", list.schoolName()));
        document.add(line("Produced", UkDates.date(list.producedOn())
                + " · active and proposed placements"));
        if (list.providers().isEmpty()) {
            document.add(new Paragraph("No pupil of the school is placed with a provider, or proposed for one.", TEXT));
        }
        for (OfstedList.AtProvider provider : list.providers()) {
            Paragraph heading = new Paragraph(provider.name(), HEADING);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(2);
            document.add(heading);
            document.add(line("Type", provider.type()));
            document.add(line("Registration", provider.registration() + " · URN "
                    + (provider.urn() == null ? "none" : provider.urn())));
            document.add(line("Ofsted", provider.ofsted()));
            document.add(provider.registrationTrigger() == null ? line("Registration trigger", "not flagged")
                    : new Paragraph(provider.triggerSummary() + " (counted across the trust's schools)", BOLD));
            for (String site : provider.siteLines()) {
                document.add(line("Site used", site));
            }
            document.add(line("Pupils of the school", provider.pupilCount() + ": " + provider.reasons()));
            document.add(pupils(provider));
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable pupils(OfstedList.AtProvider provider) {
        PdfPTable table = new PdfPTable(new float[] {3.2f, 1.3f, 2.6f, 1.4f, 2.2f, 1.2f, 1.8f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String header : new String[] {"Pupil", "Year", "Placement type", "Status", "Starts", "Hours a week",
            "EHCP / looked after"}) {
            table.addCell(cell(header, BOLD));
        }
        for (OfstedList.Pupil pupil : provider.pupils()) {
            table.addCell(cell(pupil.name(), TEXT));
            table.addCell(cell(pupil.year(), TEXT));
            table.addCell(cell(pupil.type().label(), TEXT));
            table.addCell(cell(pupil.status().label(), TEXT));
            table.addCell(cell(pupil.starts(), TEXT));
            PdfPCell hours = cell(pupil.hoursPerWeek(), TEXT);
            hours.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(hours);
            table.addCell(cell(pupil.needs(), TEXT));
        }
        return table;
    }

    private static Paragraph line(String label, String value) {
        Paragraph line = new Paragraph();
        line.add(new Phrase(label + ": ", BOLD));
        line.add(new Phrase(value, TEXT));
        return line;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        return cell;
    }
}
