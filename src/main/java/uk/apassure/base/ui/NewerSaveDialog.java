package uk.apassure.visit.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asked when this browser holds unsent changes to a visit that was saved since on the server
 * (another device, another tab): restoring the copy silently would overwrite the newer save.
 */
final class NewerSaveDialog {

    private NewerSaveDialog() {}

    static void ask(Runnable useBrowserCopy, Runnable keepSaved) {
        ConfirmDialog dialog = new ConfirmDialog("This visit was saved elsewhere",
                "This browser has changes that were not sent, but the visit has been saved since (on another"
                        + " device or in another tab). Keep the saved visit, or put this browser's changes over it?",
                "Keep the saved visit", confirmed -> keepSaved.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Use this browser's changes");
        dialog.addCancelListener(cancelled -> useBrowserCopy.run());
        dialog.setCloseOnEsc(false);
        dialog.addClassName("newer-save-dialog");
        dialog.open();
    }
}
