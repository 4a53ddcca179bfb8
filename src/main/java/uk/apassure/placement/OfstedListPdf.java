package uk.apassure.placement;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import uk.apassure.base.pdf.PdfDocuments;
import uk.apassure.base.time.UkDates;

/**
 * The Ofsted-call list as an A4 PDF (OpenPDF), to read from when the call comes: per provider its
 * registration, URN, sites, how many of the school's pupils are there and why, then each pupil
 * with start date and hours a week. The embedded open font of {@link PdfDocuments}, for every name.
 */
final class OfstedListPdf {

    private static final Font TITLE = PdfDocuments.TITLE;
    private static final Font HEADING = PdfDocuments.HEADING;
    private static final Font BOLD = PdfDocuments.BOLD;
    private static final Font TEXT = PdfDocuments.TEXT;

    private OfstedListPdf() {}

    static byte[] write(OfstedList list) {
        return PdfDocuments.a4("Alternative provision in use: " + list.schoolName(), document -> body(document, list));
    }

    private static void body(Document document, OfstedList list) {
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
        return PdfDocuments.line(label, value);
    }

    private static PdfPCell cell(String text, Font font) {
        return PdfDocuments.cell(text, font);
    }
}
