package uk.apassure.provider.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.BooleanSupplier;

/** Asks before something is removed. */
final class Confirm {

    private Confirm() {}

    static void remove(String what, BooleanSupplier removal, Runnable afterwards) {
        ConfirmDialog dialog = new ConfirmDialog("Remove " + what + "?",
                "It will be removed from the provider's record.", "Remove", confirmed -> {
                    if (removal.getAsBoolean()) {
                        afterwards.run();
                    }
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
