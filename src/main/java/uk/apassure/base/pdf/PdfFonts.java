package uk.apassure.base.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The typeface of every PDF: Liberation Sans (SIL Open Font License 1.1; the TTFs and their
 * licence come in OpenPDF's {@code openpdf-fonts-extra} jar), embedded as a Unicode subset. The
 * PDF standard fonts (Helvetica and friends) know only Latin-1, so names such as Łukasz, Nguyễn
 * or Ayşe lost letters; this font covers the Latin alphabets of Europe and Vietnam, Greek and
 * Cyrillic. The fonts are read once; OpenPDF keeps each document's subset with its writer, so one
 * {@link BaseFont} serves every document.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");

    private PdfFonts() {}

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot read the font " + resource, e);
        }
    }
}
