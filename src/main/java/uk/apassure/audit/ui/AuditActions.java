package uk.apassure.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import java.util.Objects;
import java.util.Optional;
import uk.apassure.audit.AdoptionService;
import uk.apassure.audit.AuditPdf;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.AuditState;
import uk.apassure.audit.ChecklistService;
import uk.apassure.base.ui.Notices;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * The next workflow step the signed-in user may take on an audit, plus the PDF. Only a hint: the
 * services refuse a step whoever asks.
 */
class AuditActions extends Div {

    AuditActions(AuditService audits, AdoptionService adoptions, AuditPdf pdf, AccessGuard access, AuditSheet sheet,
            Runnable reload) {
        addClassName("audit-actions");
        Optional<SignedInUser> user = access.findCurrentUser();
        boolean ownSchool = user.map(u -> Objects.equals(u.schoolId(), sheet.schoolId())).orElse(false);
        if (ownSchool && sheet.state() == AuditState.DRAFT && access.isPermitted(Permission.AUDIT_SUBMIT)) {
            add(primary("Submit for sign-off", () -> step(() -> audits.submit(sheet.id(), sheet.version()),
                    "Submitted: the DSL confirms the safeguarding items next", reload)));
        }
        if (ownSchool && sheet.state() == AuditState.SUBMITTED && access.isPermitted(Permission.AUDIT_SAFEGUARDING)) {
            add(primary("Confirm safeguarding", () -> step(() -> audits.confirmSafeguarding(sheet.id(),
                    sheet.version()), "Safeguarding confirmed: SLT decide next", reload)));
        }
        if (ownSchool && sheet.state() == AuditState.SAFEGUARDING_CONFIRMED && access.isPermitted(Permission.AUDIT_DECIDE)) {
            add(primary("Decide…", () -> new DecideDialog(audits, sheet, reload).open()));
        }
        boolean signedHere = sheet.adoptions().stream()
                .anyMatch(a -> user.map(u -> a.schoolName().equals(u.schoolName())).orElse(false));
        if (!ownSchool && sheet.isDecided() && !signedHere && access.isPermitted(Permission.AUDIT_DECIDE)) {
            add(primary("Sign off for my school…", () -> new AdoptDialog(adoptions, sheet, reload).open()));
        }
        if (sheet.isDecided() && access.isPermitted(Permission.AUDIT_EDIT)) {
            add(new Button("Start a correction", click -> AuditAttempt.run(() -> {
                long id = audits.start(sheet.providerId(), sheet.onlineOnly() ? ChecklistService.PRE_PLACEMENT_ONLINE
                        : ChecklistService.PRE_PLACEMENT, sheet.id());
                getUI().ifPresent(ui -> ui.navigate(AuditView.class, id));
            })));
        }
        Anchor export = new Anchor(Downloads.pdf(pdf, sheet.id()), AttachmentType.DOWNLOAD, "Download PDF");
        export.addClassName("audit-pdf");
        add(export);
    }

    private static void step(Runnable call, String done, Runnable reload) {
        if (AuditAttempt.run(call)) {
            Notices.saved(done);
            reload.run();
        }
    }

    private static Button primary(String label, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
