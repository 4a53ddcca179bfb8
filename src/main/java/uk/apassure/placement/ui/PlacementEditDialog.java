package uk.apassure.placement.ui;

import java.time.LocalDate;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.placement.PlacementEdit;
import uk.apassure.placement.PlacementEditService;
import uk.apassure.provider.ProviderService;

/**
 * Changes a proposed or active placement: the pupil's details, the terms and the week, read fresh
 * when the dialog opens. Refused with every reason at once, each under its field; refused as a
 * whole if someone else saved first. An active placement's dates and week change with a reason.
 */
class PlacementEditDialog extends EditDialog {

    final PlacementForm form;

    PlacementEditDialog(PlacementEditService edits, ProviderService providers, PlacementEdit base, LocalDate today,
            Runnable onSaved) {
        this(new PlacementForm(providers, today).read(base.pupil(), base.terms()), edits, base, onSaved);
    }

    private PlacementEditDialog(PlacementForm form, PlacementEditService edits, PlacementEdit base,
            Runnable onSaved) {
        super("Change placement: " + base.pupil().name(), form, "Save changes", () -> {
            if (form.submit(() -> edits.save(base, form.pupilDetails(), form.terms(), form.reason.getValue()))) {
                Notices.saved("Placement changed");
                onSaved.run();
                return true;
            }
            return false;
        });
        this.form = form;
        addClassName("placement-edit-dialog");
        if (base.reasonForDatesAndWeek()) {
            form.askReason("Reason (needed when the dates or the timetable change)");
        } else {
            form.askReason("Reason (optional)");
        }
    }
}
