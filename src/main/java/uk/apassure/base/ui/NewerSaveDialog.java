package uk.apassure.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asked when this browser holds unsent changes to a draft (a visit, a review) that was saved since
 * on the server (another device, another tab): restoring the copy silently would overwrite the
 * newer save.
 */
public final class NewerSaveDialog {

    private NewerSaveDialog() {}

    /** @param what the kind of draft as the user calls it: "visit", "review" */
    public static void ask(String what, Runnable useBrowserCopy, Runnable keepSaved) {
        ConfirmDialog dialog = new ConfirmDialog("This " + what + " was saved elsewhere",
                "This browser has changes that were not sent, but the " + what + " has been saved since (on another"
                        + " device or in another tab). Keep the saved " + what + ", or put this browser's changes"
                        + " over it?",
                "Keep the saved " + what, confirmed -> keepSaved.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Use this browser's changes");
        dialog.addCancelListener(cancelled -> useBrowserCopy.run());
        dialog.setCloseOnEsc(false);
        dialog.addClassName("newer-save-dialog");
        dialog.open();
    }
}
