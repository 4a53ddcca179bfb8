package uk.apassure.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.base.ui.UnsavedChanges;

/**
 * Amending a submitted visit: the reason is required and recorded with each changed field. A
 * reason typed and not saved makes leaving the page ask first.
 */
class AmendBar extends Div {

    final TextArea reason = new TextArea("Reason for the amendment");

    AmendBar(Consumer<String> save, Runnable cancel) {
        addClassName("amend-bar");
        TextLimit.atMost(2000, reason);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        Button saveButton = new Button("Save amendment", click -> save.accept(reason.getValue()));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClassName("save-amendment");
        Button cancelButton = new Button("Cancel", click -> cancel.run());
        Div buttons = new Div(cancelButton, saveButton);
        buttons.addClassName("form-buttons");
        add(reason, buttons);
        UnsavedChanges.watch(this, () -> !reason.isEmpty());
    }
}
