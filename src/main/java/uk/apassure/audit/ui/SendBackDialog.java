package uk.apassure.audit.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.base.ui.TextLimit;

/** The DSL or SLT return the audit to the AP lead, saying what to change; the AP lead reads it on the audit. */
class SendBackDialog extends EditDialog {

    SendBackDialog(AuditService audits, AuditSheet sheet, Runnable onSent) {
        this(new Form(), audits, sheet, onSent);
    }

    private SendBackDialog(Form form, AuditService audits, AuditSheet sheet, Runnable onSent) {
        super("Send back to the AP lead", form, "Send back", () -> {
            form.reason.setInvalid(form.reason.getValue().isBlank());
            if (form.reason.isInvalid()) {
                return false;
            }
            if (AuditAttempt.run(() -> audits.sendBack(sheet.id(), sheet.version(), form.reason.getValue()))) {
                Notices.saved("Sent back to the AP lead with your reason");
                onSent.run();
                return true;
            }
            return false;
        });
    }

    static class Form extends VerticalLayout {
        final TextArea reason = new TextArea("What needs to change?");

        Form() {
            setPadding(false);
            TextLimit.atMost(2000, reason);
            reason.setWidthFull();
            reason.setRequired(true);
            reason.setErrorMessage("Say why it goes back, so the AP lead knows what to change");
            add(new Paragraph("The audit becomes a draft again. The answers stay; the AP lead sees your reason at the"
                    + " top of the audit, changes what is needed and submits it again."), reason);
        }
    }
}
