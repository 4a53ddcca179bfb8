package uk.apassure.placement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The Ofsted-call list as CSV (Apache Commons CSV): one line per pupil at a provider, the provider's
 * details repeated on each so the file sorts and filters in a spreadsheet. UTF-8 with a byte-order
 * mark, so spreadsheet programs read names with accents correctly.
 */
final class OfstedListCsv {

    static final String[] HEADER = {"Provider", "Provider type", "Registration", "URN", "Ofsted",
        "Registration trigger (trust-wide)", "Sites used", "Pupils of the school here", "Reasons", "Pupil", "Year",
        "Placement type", "Status", "Starts", "Ends", "Hours a week here", "EHCP / looked after"};

    private OfstedListCsv() {}

    static byte[] write(OfstedList list) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (OfstedList.AtProvider provider : list.providers()) {
                for (OfstedList.Pupil pupil : provider.pupils()) {
                    printer.printRecord(Arrays.stream(new String[] {provider.name(), provider.type(),
                            provider.registration(), provider.urn(), provider.ofsted(),
                            provider.triggerSummary(),
                            String.join("; ", provider.siteLines()), String.valueOf(provider.pupilCount()),
                            provider.reasons(), pupil.name(), pupil.year(), pupil.type().label(),
                            pupil.status().label(), pupil.starts(), pupil.ends(), pupil.hoursPerWeek(),
                            pupil.needs()}).map(OfstedListCsv::cell).toArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A spreadsheet runs a cell that starts with = + - or @ (or a tab or carriage return before one) as a
     * formula: such text from the register or a pupil's name is prefixed with an apostrophe (OWASP, CSV injection).
     */
    static String cell(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
