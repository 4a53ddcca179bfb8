package uk.apassure.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.EditDialog;
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
        reason.setMaxLength(2000);
        reason.setWidthFull();
        TextField destination = new TextField("Destination (school, college, work …)");
        destination.setWidthFull();
        destination.setVisible(target.isFinal());
        return new EditDialog(target.label() + ": " + page.pupil().name(), new Div(reason, destination), "Save", () -> {
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
}
