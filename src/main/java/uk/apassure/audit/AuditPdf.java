package uk.apassure.audit;

import static uk.apassure.base.pdf.PdfDocuments.BOLD;
import static uk.apassure.base.pdf.PdfDocuments.HEADING;
import static uk.apassure.base.pdf.PdfDocuments.TEXT;
import static uk.apassure.base.pdf.PdfDocuments.TITLE;
import static uk.apassure.base.pdf.PdfDocuments.cell;
import static uk.apassure.base.pdf.PdfDocuments.line;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Service;
import uk.apassure.base.pdf.PdfDocuments;
import uk.apassure.base.time.UkDates;

/**
 * An audit as an A4 PDF for the school's records and Ofsted (OpenPDF, in the shared embedded font,
 * so every name prints as typed): every item with its outcome, note, date and evidence names, the
 * section and overall RAG, and every sign-off. Access is checked by {@link AuditService#get}, which
 * reads the audit.
 */
@Service
public class AuditPdf {

    private final AuditService audits;

    AuditPdf(AuditService audits) {
        this.audits = audits;
    }

    public byte[] export(long auditId) {
        AuditSheet audit = audits.get(auditId);
        return PdfDocuments.a4("Pre-placement check audit #" + audit.id(), document -> write(document, audit));
    }

    private static void write(Document document, AuditSheet audit) {
        document.add(new Paragraph("Pre-placement check audit #" + audit.id() + ": " + audit.providerName(), TITLE));
        document.add(line("School", audit.schoolName()));
        document.add(line("Checklist", audit.checklistName() + ", version " + audit.checklistNumber()
                + (audit.onlineOnly() ? " (checked by call or online meeting)" : "")));
        document.add(line("State", audit.state().label()));
        document.add(line("Overall RAG", audit.rag().label()));
        if (audit.correctsAuditId() != null) {
            document.add(line("Corrects audit", "#" + audit.correctsAuditId()));
        }
        document.add(line("Started", signOff(audit.started())));
        document.add(line("Submitted (AP lead)", signOff(audit.submitted())));
        document.add(line("Safeguarding confirmed (DSL)", signOff(audit.safeguardingConfirmed())));
        document.add(line("Decision (SLT)", audit.decision() == null ? "not yet decided"
                : audit.decision().label() + " · " + signOff(audit.decided())));
        if (!audit.decisionNote().isBlank()) {
            document.add(line("Decision note", audit.decisionNote()));
        }
        for (AuditSheet.Condition condition : audit.conditions()) {
            document.add(line("Condition", condition.description() + " · owner " + condition.owner() + " · due "
                    + UkDates.date(condition.dueOn())));
        }
        for (AuditSheet.SentBack sentBack : audit.sentBack()) {
            document.add(line("Sent back to the AP lead", signOff(sentBack.by()) + " · " + sentBack.reason()));
        }
        for (AuditSheet.SchoolSignOff adoption : audit.adoptions()) {
            document.add(line("Adopted by " + adoption.schoolName(), adoption.decision().label() + " · "
                    + signOff(adoption.signed()) + (adoption.note().isBlank() ? "" : " · " + adoption.note())));
            for (AuditSheet.Recheck recheck : adoption.rechecks()) {
                document.add(line("  Re-checked", recheck.prompt() + ": " + recheck.outcome().label()
                        + (recheck.note().isBlank() ? "" : " · " + recheck.note())));
            }
        }
        for (AuditSheet.Section section : audit.sections()) {
            document.add(PdfDocuments.heading(section.title() + " (" + section.rag().label() + ")", HEADING));
            document.add(items(section));
        }
    }

    private static PdfPTable items(AuditSheet.Section section) {
        PdfPTable table = new PdfPTable(new float[] {34, 12, 30, 24});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : new String[] {"Item", "Outcome", "Note and evidence", "Date, checked by"}) {
            table.addCell(cell(header, BOLD));
        }
        for (AuditSheet.Item item : section.items()) {
            table.addCell(cell(item.prompt() + (item.critical() ? " (critical)" : "")
                    + (item.dslConfirms() ? " (DSL confirms)" : "")
                    + (item.standardRef() == null ? "" : "\n" + AuditSheet.STANDARD_LABEL + item.standardRef()), TEXT));
            table.addCell(cell(item.outcome() == null ? "–" : item.outcome().label(), TEXT));
            StringBuilder note = new StringBuilder(item.note());
            item.evidence().forEach(file -> note.append(note.isEmpty() ? "" : "\n").append("Evidence: ")
                    .append(file.fileName()));
            if (item.seenNotKeptReason() != null) {
                note.append(note.isEmpty() ? "" : "\n").append("Seen on site, not kept: ").append(item.seenNotKeptReason());
            } else if (item.evidenceRequired() && item.evidence().isEmpty()) {
                note.append(note.isEmpty() ? "" : "\n").append("Evidence required, none uploaded");
            }
            table.addCell(cell(note.toString(), TEXT));
            String dates = (item.expiresOn() == null ? "" : "Expires/review " + UkDates.date(item.expiresOn()) + "\n")
                    + (item.checked() == null ? "" : signOff(item.checked()))
                    + (item.confirmedBy() == null ? "" : "\nConfirmed by " + item.confirmedBy());
            table.addCell(cell(dates, TEXT));
        }
        return table;
    }

    private static String signOff(AuditSheet.@Nullable SignOff signOff) {
        return signOff == null ? "–" : signOff.by() + ", " + UkDates.dateTime(signOff.at());
    }
}
