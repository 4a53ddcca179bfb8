package uk.apassure.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import uk.apassure.audit.AdoptionService;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.AuditState;
import uk.apassure.base.ui.Notices;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * The workflow step, after the items it is about: submit (AP lead), confirm safeguarding or send
 * back (DSL), decide or send back (SLT), sign off for another school. Confirming and deciding
 * open a dialog that shows what is being signed and asks once more. Only a hint: the services
 * refuse a step whoever asks.
 */
class SignOffPanel extends Div {

    private boolean canAct;

    SignOffPanel(AuditService audits, AdoptionService adoptions, AccessGuard access, AuditSheet sheet, LocalDate today,
            BooleanSupplier answersSaved, Runnable reload) {
        addClassName("sign-off-panel");
        setId("sign-off");
        add(new H3("Sign-off"));
        Optional<SignedInUser> user = access.findCurrentUser();
        boolean ownSchool = user.map(u -> Objects.equals(u.schoolId(), sheet.schoolId())).orElse(false);
        AuditState state = sheet.state();
        if (ownSchool && state == AuditState.DRAFT && access.isPermitted(Permission.AUDIT_SUBMIT)) {
            long open = sheet.items().stream().filter(item -> item.outcome() == null).count();
            add(new Paragraph(open == 0 ? "Every item is answered. Submit the audit: the DSL confirms the safeguarding"
                    + " items next." : open + " of " + sheet.items().size() + " items still to answer before you can"
                    + " submit."));
            add(primary("Submit for sign-off", () -> {
                if (!answersSaved.getAsBoolean()) {
                    Notices.problem("Some answers are not saved yet (marked \"Not saved\"). Complete or clear them first.");
                } else if (AuditAttempt.run(() -> audits.submit(sheet.id(), sheet.version()))) {
                    Notices.saved("Submitted: the DSL confirms the safeguarding items next");
                    reload.run();
                }
            }));
        } else if (ownSchool && state == AuditState.SUBMITTED && access.isPermitted(Permission.AUDIT_SAFEGUARDING)) {
            add(new Paragraph("Check the " + sheet.dslItems().size() + " items marked \"DSL confirms\" above, then"
                    + " confirm them, or send the audit back to the AP lead with what needs to change."));
            add(primary("Confirm safeguarding…", () -> new ConfirmSafeguardingDialog(audits, sheet, today, reload).open()),
                    sendBack(audits, sheet, reload));
        } else if (ownSchool && state == AuditState.SAFEGUARDING_CONFIRMED && access.isPermitted(Permission.AUDIT_DECIDE)) {
            add(new Paragraph("The DSL has confirmed the safeguarding items. Decide on the provider, or send the audit"
                    + " back to the AP lead with what needs to change."));
            add(primary("Decide…", () -> new DecideDialog(audits, sheet, today, reload).open()),
                    sendBack(audits, sheet, reload));
        } else if (!ownSchool && sheet.isDecided() && access.isPermitted(Permission.AUDIT_DECIDE)
                && sheet.adoptions().stream().noneMatch(a -> user.map(u -> Objects.equals(u.schoolId(), a.schoolId()))
                        .orElse(false))) {
            add(new Paragraph("Decided by " + sheet.schoolName() + ". Your school may sign it off for itself."));
            add(primary("Sign off for my school…", () -> new AdoptDialog(adoptions, sheet, reload).open()));
        } else {
            add(new Paragraph(waitingFor(sheet)));
        }
    }

    /** The signed-in user has a step to take here. */
    boolean canAct() {
        return canAct;
    }

    private static String waitingFor(AuditSheet sheet) {
        return switch (sheet.state()) {
            case DRAFT -> "Being filled by " + sheet.schoolName() + "; the AP lead submits it.";
            case SUBMITTED -> "Waiting for the DSL of " + sheet.schoolName() + " to confirm the safeguarding items.";
            case SAFEGUARDING_CONFIRMED -> "Waiting for SLT or the headteacher of " + sheet.schoolName() + " to decide.";
            case DECIDED -> "Decided: " + (sheet.decision() == null ? "" : sheet.decision().label().toLowerCase())
                    + " · " + AuditFormat.signOff(sheet.decided()) + ".";
        };
    }

    private Button sendBack(AuditService audits, AuditSheet sheet, Runnable reload) {
        Button button = new Button("Send back to the AP lead…", click -> new SendBackDialog(audits, sheet, reload).open());
        button.addClassName("send-back");
        return button;
    }

    private Button primary(String label, Runnable action) {
        canAct = true;
        Button button = new Button(label, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
