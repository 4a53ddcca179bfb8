package uk.apassure.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.base.ui.Notices;

/** The DSL sees the safeguarding items once more, with their evidence, before confirming them. */
class ConfirmSafeguardingDialog extends Dialog {

    final Button confirm;

    ConfirmSafeguardingDialog(AuditService audits, AuditSheet sheet, LocalDate today, Runnable onConfirmed) {
        setHeaderTitle("Confirm safeguarding: " + sheet.providerName());
        addClassNames("edit-dialog", "sign-off-dialog");
        int count = sheet.dslItems().size();
        add(new Paragraph("You confirm that you have checked these " + count + " safeguarding items and their"
                + " evidence. SLT decide on the provider next."),
                new SignOffSummary(sheet, "The safeguarding items", sheet.dslItems(), "No safeguarding items.", today));
        confirm = new Button("Confirm " + count + " safeguarding items", click -> {
            if (AuditAttempt.run(() -> audits.confirmSafeguarding(sheet.id(), sheet.version()))) {
                Notices.saved("Safeguarding confirmed: SLT decide next");
                close();
                onConfirmed.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("dialog-save");
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
