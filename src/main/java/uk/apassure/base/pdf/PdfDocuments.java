package uk.apassure.base.pdf;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfWriter;

/** An A4 document in the product's font, and the pieces the exports are built from. */
public final class PdfDocuments {

    public static final Font TITLE = PdfFonts.bold(16);
    public static final Font HEADING = PdfFonts.bold(12);
    public static final Font BOLD = PdfFonts.bold(9);
    public static final Font TEXT = PdfFonts.regular(9);

    private PdfDocuments() {}

    /** The bytes of an A4 PDF (40 pt margins) titled {@code title}, its body written by {@code body}. */
    public static byte[] a4(String title, Consumer<Document> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        body.accept(document);
        document.close();
        return out.toByteArray();
    }

    /** {@code label: value} with the label in bold. */
    public static Paragraph line(String label, String value, Font bold, Font text) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Phrase(label + ": ", bold));
        paragraph.add(new Phrase(value, text));
        return paragraph;
    }

    public static Paragraph line(String label, String value) {
        return line(label, value, BOLD, TEXT);
    }

    /** A table cell with some padding, its text at the top. */
    public static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    /** A heading with room above and below. */
    public static Paragraph heading(String text, Font font) {
        Paragraph heading = new Paragraph(text, font);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return heading;
    }
}
