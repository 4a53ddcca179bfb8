package uk.apassure.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.AuditState;
import uk.apassure.base.time.UkDates;

/** Who started, submitted, confirmed, sent back, decided and signed off the audit, and when. */
final class AuditHistory {

    private AuditHistory() {}

    static Div of(AuditSheet sheet) {
        Div list = new Div();
        list.addClassName("audit-signoffs");
        // only what has happened: the sign-off panel after the items says what comes next
        list.add(new Paragraph("Started: " + AuditFormat.signOff(sheet.started())));
        if (sheet.submitted() != null) {
            list.add(new Paragraph("Submitted by the AP lead: " + AuditFormat.signOff(sheet.submitted())));
        }
        if (sheet.safeguardingConfirmed() != null) {
            list.add(new Paragraph("Safeguarding confirmed by the DSL: "
                    + AuditFormat.signOff(sheet.safeguardingConfirmed())));
        }
        if (sheet.decision() != null) {
            list.add(new Paragraph("Decision: " + sheet.decision().label() + " · " + AuditFormat.signOff(sheet.decided())));
        }
        if (!sheet.decisionNote().isBlank()) {
            list.add(new Paragraph("Decision note: " + sheet.decisionNote()));
        }
        sheet.conditions().forEach(c -> list.add(new Paragraph("Condition: " + c.description() + " · owner "
                + c.owner() + " · due " + UkDates.date(c.dueOn()))));
        sheet.sentBack().forEach(b -> list.add(new Paragraph("Sent back " + (b.fromState() == AuditState.SUBMITTED
                ? "by the DSL" : "by SLT") + ": " + AuditFormat.signOff(b.by()) + " · \"" + b.reason() + "\"")));
        sheet.adoptions().forEach(a -> list.add(new Paragraph("Signed off by " + a.schoolName() + ": "
                + a.decision().label() + " · " + AuditFormat.signOff(a.signed()) + " · re-checked "
                + a.rechecks().size() + " item(s)")));
        if (sheet.correctsAuditId() != null) {
            list.add(new Paragraph("Corrects audit #" + sheet.correctsAuditId()));
        }
        return list;
    }
}
