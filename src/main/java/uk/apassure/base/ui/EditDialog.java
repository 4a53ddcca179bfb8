package uk.apassure.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.BooleanSupplier;

/**
 * A dialog around a form with Save and Cancel. Save runs the action and closes only when it
 * succeeded, so nothing typed is lost on a refused save. Wide enough for a tablet, full width on a
 * phone (styles/ap-assure.css). Cancel, Esc and leaving the page ask first while something typed
 * differs from what the form showed when it opened ({@link UnsavedChanges}).
 */
public class EditDialog extends Dialog {

    private final Button save;

    public EditDialog(String title, Component form, String saveLabel, BooleanSupplier saveAction) {
        setHeaderTitle(title);
        addClassName("edit-dialog");
        setCloseOnOutsideClick(false);
        add(form);
        UnsavedChanges typed = UnsavedChanges.watchChanges(form);
        save = new Button(saveLabel, click -> {
            if (typed.save(saveAction)) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("dialog-save");
        addDialogCloseActionListener(esc -> UnsavedChanges.close(typed, this::close));
        Button cancel = new Button("Cancel", click -> UnsavedChanges.close(typed, this::close));
        getFooter().add(cancel, save);
    }

    public Button saveButton() {
        return save;
    }
}
