package uk.apassure.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import uk.apassure.audit.AuditPdf;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.ChecklistService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * What can be done with the audit as a whole, at the top of its page: the PDF, and for a decided
 * audit its correction (asked first; the service makes at most one). The workflow steps are at the
 * end of the page, after the items they confirm ({@link SignOffPanel}).
 */
class AuditActions extends Div {

    AuditActions(AuditService audits, AuditPdf pdf, AccessGuard access, AuditSheet sheet) {
        addClassName("audit-actions");
        Anchor export = new Anchor(Downloads.pdf(pdf, sheet.id()), AttachmentType.DOWNLOAD, "Download PDF");
        export.addClassName("audit-pdf");
        add(export);
        if (sheet.correctionId() != null) {
            RouterLink correction = new RouterLink("Corrected by audit #" + sheet.correctionId(), AuditView.class,
                    sheet.correctionId());
            correction.addClassName("correction-link");
            add(correction);
        } else if (sheet.isDecided() && access.isPermitted(Permission.AUDIT_EDIT) && access.findCurrentUser()
                .map(user -> java.util.Objects.equals(user.schoolId(), sheet.schoolId())).orElse(false)) {
            Button correct = new Button("Start a correction…", click -> askToCorrect(audits, sheet));
            correct.addClassName("start-correction");
            add(correct);
        }
    }

    private void askToCorrect(AuditService audits, AuditSheet sheet) {
        ConfirmDialog confirm = new ConfirmDialog("Start a correction of audit #" + sheet.id() + "?",
                "A new draft starts with this audit's answers and files, for your school to change and sign off again."
                        + " This audit stays as it was decided. An audit has one correction.",
                "Start the correction", event -> AuditAttempt.run(() -> {
                    long id = audits.start(sheet.providerId(), sheet.onlineOnly()
                            ? ChecklistService.PRE_PLACEMENT_ONLINE : ChecklistService.PRE_PLACEMENT, sheet.id());
                    getUI().ifPresent(ui -> ui.navigate(AuditView.class, id));
                }));
        confirm.setCancelable(true);
        confirm.setCancelText("Cancel");
        confirm.addClassName("correction-confirm");
        confirm.open();
    }
}
