package uk.apassure.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.base.ui.Notices;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;

/** SLT and headteachers move a placement on, each time with a reason (and the destination when it ends). */
class StatusActions extends Div {

    StatusActions(PlacementService placements, PlacementPage page, Runnable reload) {
        addClassName("card-actions");
        for (PlacementStatus target : page.status().next()) {
            Button button = new Button(switch (target) {
                case ACTIVE -> "Start placement…";
                case ENDED -> "End placement…";
                case REINTEGRATED -> "Reintegrated…";
                case PROPOSED -> "Propose…";
            }, click -> dialog(placements, page, target, reload).open());
            if (target == PlacementStatus.ACTIVE) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            add(button);
        }
    }

    private static EditDialog dialog(PlacementService placements, PlacementPage page, PlacementStatus target,
            Runnable reload) {
        TextArea reason = new TextArea("Reason");
        FieldChecks.maxLength(reason, 2000);
        reason.setWidthFull();
        TextField destination = new TextField("Destination (school, college, work …)");
        destination.setWidthFull();
        destination.setVisible(target.isFinal());
        Div body = new Div(reason, destination);
        String before = target == PlacementStatus.ACTIVE ? stillOpen(page) : "";
        if (!before.isEmpty()) {
            Paragraph warning = new Paragraph("Not done yet: " + before + ". The placement can still start; the"
                    + " placement's page keeps showing what is missing.");
            warning.addClassName("expiry-warning");
            body.addComponentAsFirst(warning);
        }
        return new EditDialog(target.label() + ": " + page.pupil().name(), body, "Save", () -> {
            boolean done = Attempt.run(
                    "Someone else changed this placement while you were looking at it. Reload to see their change.",
                    () -> placements.changeStatus(page.id(), page.version(), target, reason.getValue(),
                            destination.getValue()));
            if (done) {
                Notices.saved("Placement " + target.label().toLowerCase());
                reload.run();
            }
            return done;
        });
    }

    /** What a careful school does before a start that the start rule does not enforce: the notice, the agreement. */
    static String stillOpen(PlacementPage page) {
        java.util.List<String> open = new java.util.ArrayList<>();
        if (page.noticeSentOn() == null) {
            open.add("the parental notice has not been recorded as sent");
        }
        long unconfirmed = uk.apassure.placement.AgreementItem.values().length - page.agreement().size();
        if (unconfirmed > 0) {
            open.add(unconfirmed + (unconfirmed == 1 ? " agreement item is" : " agreement items are")
                    + " not confirmed");
        }
        return String.join("; ", open);
    }
}
