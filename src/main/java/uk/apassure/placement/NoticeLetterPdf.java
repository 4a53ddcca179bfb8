package uk.apassure.placement;

import java.time.Duration;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import uk.apassure.base.pdf.PdfDocuments;
import uk.apassure.base.pdf.PdfFonts;
import uk.apassure.base.time.UkDates;
import uk.apassure.placement.NoticeLetter.Content;
import uk.apassure.placement.NoticeLetter.Day;
import uk.apassure.placement.NoticeLetter.Part;
import uk.apassure.placement.NoticeLetter.ProviderPart;

/** The layout of the parental notice letter: plain words for parents, one A4 page for a simple week. */
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
        Paragraph school = new Paragraph(letter.school(), TITLE);
        document.add(school);
        document.add(text("Date: " + UkDates.date(letter.dated())));
        document.add(text("To the parents or carers of " + pupil.name() + " ("
                + PupilDetails.yearGroupLabel(pupil.yearGroup()) + ")"
                + (letter.pupilIsAdult() ? ", and to " + pupil.name() : "")));
        boolean direction = terms.type() == PlacementType.OFF_SITE_DIRECTION;
        document.add(PdfDocuments.heading(direction ? "Notice of a direction to attend education off-site"
                : "Notice of a placement in alternative provision", HEADING));
        document.add(text(child + " will attend " + providerNames(letter.providers()) + " from "
                + UkDates.date(terms.startsOn()) + (terms.endsOn() == null ? "" : " to " + UkDates.date(terms.endsOn()))
                + ". This letter tells you why, where and when, whom to ask for, and what we ask of you."));
        if (direction) {
            document.add(text("The school is directing " + child + " to attend education off-site to improve "
                    + "behaviour. This is not an exclusion: " + child + " stays a pupil of " + letter.school() + "."));
        }

        document.add(PdfDocuments.heading("The placement", HEADING));
        document.add(line("Type", terms.type().label()));
        document.add(line("Why", notice.reason()));
        document.add(line("Aims", terms.aims()));
        document.add(line("Planned outcomes", terms.plannedOutcomes()));
        document.add(line("Dates", "from " + UkDates.date(terms.startsOn()) + (terms.endsOn() == null
                ? "; no end date is set: the placement continues until a review decides otherwise"
                : " to " + UkDates.date(terms.endsOn()))));
        if (letter.days() != null) {
            document.add(line("Number of days", letter.days() + " school days (the days " + child
                    + " is timetabled to attend, school holidays and closures left out)"));
        }
        NoticeLetter.FirstDay first = letter.firstDay();
        document.add(line("First day", UkDates.date(first.date()) + ", starting at " + UkDates.time(first.startsAt())
                + " at " + first.where().place() + ", " + first.where().address()));

        document.add(PdfDocuments.heading("Where, and whom to ask for", HEADING));
        for (ProviderPart provider : letter.providers()) {
            document.add(new Paragraph(provider.name(), BOLD));
            for (String address : provider.addresses()) {
                document.add(line("Address", address));
            }
            document.add(line("Person responsible, whom " + child + " reports to on the first day",
                    provider.reportTo()));
            document.add(line("Hours a week here", hours(provider.hoursPerWeek())));
        }

        document.add(PdfDocuments.heading("The week", HEADING));
        document.add(week(letter.week()));
        document.add(text("Hours a week in all: " + hours(terms.timetable().hoursPerWeek()) + "."));

        document.add(PdfDocuments.heading("Travel", HEADING));
        document.add(text(notice.travel()));
        if (!notice.kit().isBlank()) {
            document.add(PdfDocuments.heading("Dress, equipment and lunch", HEADING));
            document.add(text(notice.kit()));
        }
        if (pupil.freeSchoolMeals()) {
            document.add(text(child + " keeps free school meals during the placement, as set out above."));
        }

        document.add(PdfDocuments.heading("If " + child + " cannot attend", HEADING));
        document.add(text("Before the session starts, call " + notice.absenceContact() + ", and tell the provider ("
                + reportToAll(letter.providers()) + "). The provider tells the school the same day whenever " + child
                + " is absent, and the school will contact you to resolve it."));

        document.add(PdfDocuments.heading("Your duty", HEADING));
        document.add(text("You must make sure that " + child + " attends the placement, on time, as if it were "
                + child + "'s school (section 444(1) of the Education Act 1996). Missing the placement is absence "
                + "from school and is followed up under the school's attendance policy."));

        document.add(PdfDocuments.heading("How the placement is reviewed", HEADING));
        document.add(text("We review the placement with you, " + child + " and the provider at least once every "
                + "half-term" + (letter.firstHalfTerm() == null ? "" : ", the first time by "
                        + UkDates.date(letter.firstHalfTerm().endsOn()) + " (the end of "
                        + letter.firstHalfTerm().name() + ")")
                + ". The agreement with you is reviewed every term, and you can ask for a review meeting at any time. "
                + "If the placement is extended or changed, you will get a new notice."));

        document.add(PdfDocuments.heading("Your contact at school", HEADING));
        document.add(text(notice.schoolContact()));
        Paragraph close = text("On behalf of the headteacher, " + letter.school());
        close.setSpacingBefore(14);
        document.add(close);
    }

    private static PdfPTable week(List<Day> days) {
        PdfPTable table = new PdfPTable(new float[] {14, 28, 14, 28, 16});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(4);
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

    private static Paragraph line(String label, String value) {
        Paragraph line = PdfDocuments.line(label, value, BOLD, TEXT);
        line.setSpacingAfter(2);
        return line;
    }

    private static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text, TEXT);
        paragraph.setSpacingAfter(4);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }
}
