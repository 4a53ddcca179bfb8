package uk.apassure.visit.ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitService;

/**
 * The safeguarding concern of a visit: a clear button to raise one (with a description), the
 * concern as raised, and for a DSL of the school the outcome and "close".
 */
class ConcernPanel extends Div {


    ConcernPanel(ConcernService concerns, VisitPage page, Runnable reload) {
        addClassName("concern-panel");
        VisitPage.Concern concern = page.concern();
        if (concern == null) {
            if (page.canRaiseConcern()) {
                Button raise = new Button("Raise a safeguarding concern", VaadinIcon.WARNING.create(),
                        click -> raiseDialog(concerns, page.id(), reload).open());
                raise.addThemeVariants(ButtonVariant.LUMO_ERROR);
                raise.addClassName("raise-concern");
                add(raise);
            }
            return;
        }
        addClassName(concern.open() ? "open" : "closed");
        add(new H3(concern.open() ? "Open safeguarding concern" : "Safeguarding concern (closed)"));
        add(new Paragraph(concern.description()));
        Paragraph raised = new Paragraph("Raised by " + concern.raisedBy() + ", " + UkDates.dateTime(concern.raisedAt())
                + ". The school's DSLs have been alerted.");
        raised.addClassName("hint");
        add(raised);
        if (!concern.open()) {
            add(new Paragraph("Outcome: " + concern.outcome()));
            Paragraph closed = new Paragraph("Closed by " + concern.closedBy() + ", " + UkDates.dateTime(concern.closedAt()));
            closed.addClassName("hint");
            add(closed);
        } else if (page.canCloseConcern()) {
            TextArea outcome = new TextArea("Outcome");
            outcome.setMaxLength(4000);
            outcome.setWidthFull();
            Button close = new Button("Record outcome and close", click -> {
                if (VisitAttempt.run(() -> concerns.close(concern.id(), concerns.version(concern.id()),
                        outcome.getValue()))) {
                    Notices.saved("Concern closed");
                    reload.run();
                }
            });
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            close.addClassName("close-concern");
            add(outcome, close);
        }
    }

    private static EditDialog raiseDialog(ConcernService concerns, long visitId, Runnable reload) {
        TextArea description = new TextArea("What is the concern?");
        description.setHelperText("Every DSL of the school is alerted as soon as you raise it.");
        description.setMaxLength(4000);
        description.setWidthFull();
        description.setMinHeight("8rem");
        EditDialog dialog = new EditDialog("Raise a safeguarding concern", description, "Raise concern", () -> {
            boolean raised = VisitAttempt.run(() -> concerns.raise(visitId, description.getValue()));
            if (raised) {
                Notices.saved("Concern raised; the school's DSLs have been alerted");
                reload.run();
            }
            return raised;
        });
        dialog.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        return dialog;
    }
}
