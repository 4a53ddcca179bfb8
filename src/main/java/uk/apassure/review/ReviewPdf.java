package uk.apassure.review;

import uk.apassure.base.pdf.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Service;
import uk.apassure.base.domain.Amendment;
import uk.apassure.base.time.UkDates;

/**
 * A review's summary as an A4 PDF (OpenPDF), for the pupil's file or for the parents: this one
 * pupil's review and nothing of any other pupil. The parents' copy leaves out who drafted it and
 * the amendment trail, and exists only once the review is signed off. Access is checked by
 * {@link ReviewService#get}, which reads the review.
 */
@Service
public class ReviewPdf {

    /** Who the copy is for. */
    public enum Copy {
        FILE("pupil's file"),
        PARENTS("parents");

        private final String label;

        Copy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ReviewService reviews;

    ReviewPdf(ReviewService reviews) {
        this.reviews = reviews;
    }

    public byte[] export(long reviewId, Copy copy) {
        ReviewPage review = reviews.get(reviewId);
        if (copy == Copy.PARENTS && review.status() != ReviewStatus.SIGNED) {
            throw new ReviewService.InvalidReview(java.util.List.of("The parents' copy is made once the review is"
                    + " signed off."));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Placement review: " + review.pupilName());
        document.open();
        document.add(new Paragraph("Placement review: " + review.pupilName(), font(16, true)));
        document.add(new Paragraph(review.status() == ReviewStatus.SIGNED
                ? "Signed off by " + review.signedBy() + ", " + UkDates.date(review.signedAt())
                : "DRAFT: not signed off yet", font(10, false)));
        if (copy == Copy.FILE) {
            document.add(new Paragraph("Drafted by " + review.draftedBy() + " · placement since "
                    + UkDates.date(review.placementStartsOn()), font(9, false)));
        }
        Paragraph gap = new Paragraph(" ", font(6, false));
        document.add(gap);
        PdfPTable table = new PdfPTable(new float[] {30, 70});
        table.setWidthPercentage(100);
        for (Map.Entry<String, String> field : ReviewFields.describe(review.draft()).entrySet()) {
            table.addCell(cell(field.getKey(), font(9, true)));
            table.addCell(cell(field.getValue().isBlank() ? "–" : field.getValue(), font(9, false)));
        }
        document.add(table);
        if (copy == Copy.FILE && !review.amendments().isEmpty()) {
            Paragraph heading = new Paragraph("Amendments after sign-off", font(12, true));
            heading.setSpacingBefore(12);
            document.add(heading);
            for (Amendment amendment : review.amendments()) {
                document.add(new Paragraph(amendment.field() + ": \"" + amendment.before() + "\" to \""
                        + amendment.after() + "\" · why: " + amendment.reason() + " · " + amendment.by() + ", "
                        + UkDates.dateTime(amendment.at()), font(9, false)));
            }
        }
        Paragraph footer = new Paragraph("Copy for the " + copy.label() + ". Confidential: about one pupil only.",
                font(8, false));
        footer.setSpacingBefore(12);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    /** The embedded open font every PDF of the product prints in (base.pdf), so every pupil's name prints. */
    static Font font(float size, boolean bold) {
        return bold ? PdfFonts.bold(size) : PdfFonts.regular(size);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}
