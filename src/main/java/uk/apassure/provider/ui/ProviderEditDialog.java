package uk.apassure.provider.ui;

import java.time.LocalDate;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;

/** Edits a provider's details; refused with a clear message if someone else saved first. */
class ProviderEditDialog extends EditDialog {

    ProviderEditDialog(ProviderService providers, ProviderPage provider, LocalDate today, Runnable onSaved) {
        this(new ProviderDetailsForm(today), providers, provider, onSaved);
    }

    private ProviderEditDialog(ProviderDetailsForm form, ProviderService providers, ProviderPage provider,
            Runnable onSaved) {
        super("Edit " + provider.name(), form, "Save", () -> {
            // the details carry the version read with the page: the optimistic-lock check
            if (form.writeInto(provider.details())
                    && Attempt.run(() -> providers.update(provider.id(), provider.details()))) {
                Notices.saved("Saved");
                onSaved.run();
                return true;
            }
            return false;
        });
        form.read(provider.details());
    }
}
