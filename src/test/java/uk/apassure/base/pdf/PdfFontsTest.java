package uk.apassure.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;

/** Names beyond Latin-1 print as typed, in a font embedded in the file (no reader substitutes one). */
class PdfFontsTest {

    private static final String NAMES =
            "Łukasz Wójcik, Nguyễn Thị Hương, Ayşe Yılmaz, Zoë Brontë, Siobhán Ó Dálaigh";

    @Test
    void names_with_polish_vietnamese_turkish_and_irish_letters_round_trip_through_the_pdf() {
        byte[] pdf = PdfDocuments.a4("Names", document -> {
            document.add(new Paragraph(NAMES, PdfDocuments.TEXT));
            document.add(PdfDocuments.line("Pupil", "Zoë Brontë"));
        });

        assertThat(PdfText.of(pdf)).contains(NAMES, "Pupil: Zoë Brontë");
    }

    @Test
    void the_font_is_embedded_as_a_subset() throws IOException {
        byte[] pdf = PdfDocuments.a4("Embedded", document -> document.add(new Paragraph("Łukasz", PdfDocuments.TEXT)));

        PdfReader reader = new PdfReader(pdf);
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        PdfDictionary font = fonts.getAsDict(fonts.getKeys().iterator().next());
        PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
        PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
        assertThat(font.getAsName(PdfName.BASEFONT).toString()).contains("LiberationSans");
        assertThat(descriptor.get(PdfName.FONTFILE2)).as("the TrueType program is in the file").isNotNull();
    }
}
