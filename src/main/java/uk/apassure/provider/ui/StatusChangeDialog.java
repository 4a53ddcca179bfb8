package uk.apassure.provider.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;

/** Changes a provider's status: only to a status allowed from the current one, and always with a reason. */
class StatusChangeDialog extends EditDialog {

    StatusChangeDialog(ProviderService providers, ProviderPage provider, Runnable onChanged) {
        this(new RadioButtonGroup<>("New status"), new TextArea("Reason"), providers, provider, onChanged);
    }

    private StatusChangeDialog(RadioButtonGroup<ProviderStatus> target, TextArea reason, ProviderService providers,
            ProviderPage provider, Runnable onChanged) {
        super("Change status of " + provider.name(), content(provider, target, reason), "Change status", () -> {
            target.setInvalid(target.getValue() == null);
            reason.setInvalid(reason.getValue().isBlank());
            if (target.isInvalid() || reason.isInvalid()) {
                return false;
            }
            if (Attempt.run(() -> providers.changeStatus(provider.id(), provider.details().getVersion(),
                    target.getValue(), reason.getValue()))) {
                Notices.saved(provider.name() + " is now " + target.getValue().label().toLowerCase());
                onChanged.run();
                return true;
            }
            return false;
        });
    }

    private static VerticalLayout content(ProviderPage provider, RadioButtonGroup<ProviderStatus> target,
            TextArea reason) {
        Paragraph current = new Paragraph("Current status: " + provider.status().label());
        target.setItems(provider.status().next());
        target.setItemLabelGenerator(ProviderStatus::label);
        target.setErrorMessage("Choose the new status");
        // one option per line: easy to hit with a thumb
        target.addThemeName("vertical");
        target.setRequiredIndicatorVisible(true);
        reason.setErrorMessage("Give a reason: it is kept in the status history");
        reason.setHelperText("Kept in the status history with your name and the time");
        reason.setRequiredIndicatorVisible(true);
        TextLimit.atMost(2000, reason);
        reason.setWidthFull();
        VerticalLayout content = new VerticalLayout(current, target, reason);
        content.setPadding(false);
        return content;
    }
}
