package uk.apassure.placement;

import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import uk.apassure.base.pdf.PdfDocuments;
import uk.apassure.base.pdf.PdfFonts;
import uk.apassure.base.time.UkDates;
import uk.apassure.placement.NoticeLetter.Content;
import uk.apassure.placement.NoticeLetter.Day;
import uk.apassure.placement.NoticeLetter.Part;
import uk.apassure.placement.NoticeLetter.ProviderPart;

/**
 * The layout of the parental notice letter: plain words for parents, each heading kept on the page
 * of what it introduces.
 */
final class NoticeLetterPdf {

    private static final Font TITLE = PdfFonts.bold(15);
    private static final Font HEADING = PdfFonts.bold(11.5f);
    private static final Font BOLD = PdfFonts.bold(10);
    private static final Font TEXT = PdfFonts.regular(10);
    private static final Font SMALL = PdfFonts.regular(9);
    private static final Font SMALL_BOLD = PdfFonts.bold(9);

    private NoticeLetterPdf() {}

    static byte[] render(Content letter) {
        return PdfDocuments.a4("Parental notice: " + letter.pupil().name(), document -> write(document, letter));
    }

    private static void write(Document document, Content letter) {
        PupilDetails pupil = letter.pupil();
        PlacementTerms terms = letter.terms();
        NoticeDetails notice = terms.notice();
        String child = pupil.firstName();
        boolean direction = terms.type() == PlacementType.OFF_SITE_DIRECTION;
        document.add(section(null, new Phrase(letter.school(), TITLE)));
        document.add(section(null, text("Date: " + UkDates.date(letter.dated())),
                text("To the parents or carers of " + pupil.name() + " ("
                        + PupilDetails.yearGroupLabel(pupil.yearGroup()) + ")"
                        + (letter.pupilIsAdult() ? ", and to " + pupil.name() : ""))));
        document.add(section(direction ? "Notice of a direction to attend education off-site"
                : "Notice of a placement in alternative provision",
                text(child + " will attend " + providerNames(letter.providers()) + " from "
                        + UkDates.date(terms.startsOn())
                        + (terms.endsOn() == null ? "" : " to " + UkDates.date(terms.endsOn()))
                        + ". This letter tells you why, where and when, whom to ask for, and what we ask of you."),
                direction ? text("The school is directing " + child + " to attend education off-site to improve"
                        + " behaviour. This is not an exclusion: " + child + " stays a pupil of " + letter.school()
                        + ".") : null));

        NoticeLetter.FirstDay first = letter.firstDay();
        document.add(section("The placement",
                line("Type", terms.type().label()),
                line("Why", notice.reason()),
                line("Aims", terms.aims()),
                line("Planned outcomes", terms.plannedOutcomes()),
                line("Dates", "from " + UkDates.date(terms.startsOn()) + (terms.endsOn() == null
                        ? "; no end date is set: the placement continues until a review decides otherwise"
                        : " to " + UkDates.date(terms.endsOn()))),
                letter.days() == null ? null : line("Number of days", letter.days() + " school days (the days "
                        + child + " is timetabled to attend, school holidays and closures left out)"),
                line("First day", UkDates.date(first.date()) + ", starting at " + UkDates.time(first.startsAt())
                        + " at " + first.where().place() + ", " + first.where().address())));

        for (int i = 0; i < letter.providers().size(); i++) {
            ProviderPart provider = letter.providers().get(i);
            List<Phrase> lines = new ArrayList<>();
            lines.add(new Phrase(provider.name(), BOLD));
            provider.addresses().forEach(address -> lines.add(line("Address", address)));
            lines.add(line("Person responsible, whom " + child + " reports to on the first day", provider.reportTo()));
            lines.add(line("Hours a week here", hours(provider.hoursPerWeek())));
            // the heading goes with the first provider
            document.add(section(i == 0 ? "Where, and whom to ask for" : null,
                    lines.toArray(Phrase[]::new)));
        }

        document.add(week(letter.week()));
        document.add(section(null, text("Hours a week in all: " + hours(terms.timetable().hoursPerWeek()) + ".")));
        document.add(section("Travel", text(notice.travel())));
        if (!notice.kit().isBlank()) {
            // a pupil with free school meals always has this section: the letter is refused without it
            document.add(section("Dress, equipment and lunch", text(notice.kit()), pupil.freeSchoolMeals()
                    ? text(child + " keeps free school meals during the placement, as set out above.") : null));
        }
        document.add(section("If " + child + " cannot attend",
                text("Before the session starts, call " + notice.absenceContact() + ", and tell the provider ("
                        + reportToAll(letter.providers()) + "). The provider tells the school the same day whenever "
                        + child + " is absent, and the school will contact you to resolve it.")));
        document.add(section("Your duty",
                text("You must make sure that " + child + " attends the placement, on time, as if it were " + child
                        + "'s school (section 444(1) of the Education Act 1996). Missing the placement is absence "
                        + "from school and is followed up under the school's attendance policy.")));
        document.add(section("How the placement is reviewed",
                text("We review the placement with you, " + child + " and the provider at least once every "
                        + "half-term" + (letter.firstHalfTerm() == null ? "" : ", the first time by "
                                + UkDates.date(letter.firstHalfTerm().endsOn()) + " (the end of "
                                + letter.firstHalfTerm().name() + ")")
                        + ". The agreement with you is reviewed every term, and you can ask for a review meeting at "
                        + "any time. If the placement is extended or changed, you will get a new notice.")));
        document.add(section("Your contact at school", text(notice.schoolContact()), text(""),
                text("On behalf of the headteacher, " + letter.school())));
    }

    /**
     * A heading (if any) and its lines, kept on one page: a borderless one-column table, as OpenPDF
     * keeps a table together but doubles the line breaks of a paragraph kept together.
     * {@code null} lines are left out.
     */
    private static PdfPTable section(@Nullable String title, @Nullable Phrase... lines) {
        PdfPTable section = new PdfPTable(1);
        section.setWidthPercentage(100);
        section.setSpacingBefore(title == null ? 2 : 8);
        section.setKeepTogether(true);
        if (title != null) {
            section.addCell(borderless(new Phrase(title, HEADING), 4));
        }
        for (Phrase line : lines) {
            if (line != null) {
                section.addCell(borderless(line, 3));
            }
        }
        return section;
    }

    private static PdfPCell borderless(Phrase phrase, float spaceBelow) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(spaceBelow);
        cell.setLeading(0, 1.3f);
        return cell;
    }

    /** The days of the week with their sessions, under its heading (a table row, so they stay together). */
    private static PdfPTable week(List<Day> days) {
        PdfPTable table = new PdfPTable(new float[] {14, 28, 14, 28, 16});
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        table.setSpacingBefore(8);
        table.setKeepTogether(true);
        PdfPCell heading = new PdfPCell(new Phrase("The week", HEADING));
        heading.setColspan(5);
        heading.setBorder(PdfPCell.NO_BORDER);
        heading.setPadding(0);
        heading.setPaddingBottom(6);
        table.addCell(heading);
        for (String header : new String[] {"Day", "Morning", "Break", "Afternoon", "Time that day"}) {
            table.addCell(PdfDocuments.cell(header, SMALL_BOLD));
        }
        for (Day day : days) {
            table.addCell(PdfDocuments.cell(day.day().getDisplayName(TextStyle.FULL, Locale.UK), SMALL));
            table.addCell(PdfDocuments.cell(part(day.morning()), SMALL));
            table.addCell(PdfDocuments.cell(day.morning() == null || day.afternoon() == null ? "–"
                    : UkDates.time(day.morning().endsAt()) + "–" + UkDates.time(day.afternoon().startsAt()), SMALL));
            table.addCell(PdfDocuments.cell(part(day.afternoon()), SMALL));
            table.addCell(PdfDocuments.cell(duration(day.length()), SMALL));
        }
        return table;
    }

    private static String part(@Nullable Part part) {
        return part == null ? "–"
                : UkDates.time(part.startsAt()) + "–" + UkDates.time(part.endsAt()) + "\n" + part.place();
    }

    private static String duration(Duration length) {
        long minutes = length.toMinutesPart();
        return length.toHours() + " h" + (minutes == 0 ? "" : " " + minutes + " min");
    }

    private static String hours(double hours) {
        return duration(Duration.ofMinutes(Math.round(hours * 60)));
    }

    private static String providerNames(List<ProviderPart> providers) {
        List<String> names = providers.stream().map(ProviderPart::name).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static String reportToAll(List<ProviderPart> providers) {
        return String.join("; ", providers.stream().map(p -> p.name() + ": " + p.reportTo()).toList());
    }

    private static Phrase line(String label, String value) {
        Phrase line = new Phrase();
        line.add(new Chunk(label + ": ", BOLD));
        line.add(new Chunk(value, TEXT));
        return line;
    }

    private static Phrase text(String text) {
        return new Phrase(text, TEXT);
    }
}
