package uk.apassure.audit.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.apassure.audit.AdoptionService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.Decision;
import uk.apassure.audit.Outcome;
import uk.apassure.audit.RecheckInput;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.base.ui.TextLimit;

/** Another school's sign-off on a decided audit, re-checking only the items it chooses. */
class AdoptDialog extends EditDialog {

    AdoptDialog(AdoptionService adoptions, AuditSheet audit, Runnable onSigned) {
        this(new Form(audit), adoptions, audit, onSigned);
    }

    private AdoptDialog(Form form, AdoptionService adoptions, AuditSheet audit, Runnable onSigned) {
        super("Sign off " + audit.providerName() + " for your school", form, "Sign off", () -> {
            form.decision.setInvalid(form.decision.getValue() == null);
            if (form.decision.isInvalid()) {
                return false;
            }
            List<RecheckInput> rechecks = form.outcomes.entrySet().stream()
                    .filter(e -> e.getValue().getValue() != null)
                    .map(e -> new RecheckInput(e.getKey().id(), e.getValue().getValue(), "")).toList();
            if (AuditAttempt.run(() -> adoptions.adopt(audit.id(), form.decision.getValue(), form.note.getValue(),
                    rechecks))) {
                Notices.saved("Your school's sign-off is recorded");
                onSigned.run();
                return true;
            }
            return false;
        });
    }

    static class Form extends VerticalLayout {
        final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>("Your school's decision");
        final TextArea note = new TextArea("Note");
        final MultiSelectComboBox<AuditSheet.Item> recheck = new MultiSelectComboBox<>("Items to check again");
        final Map<AuditSheet.Item, Select<Outcome>> outcomes = new LinkedHashMap<>();

        Form(AuditSheet audit) {
            setPadding(false);
            decision.setItems(Decision.values());
            decision.setItemLabelGenerator(Decision::label);
            decision.setErrorMessage("Choose a decision");
            TextLimit.atMost(2000, note);
            note.setWidthFull();
            recheck.setItems(audit.items());
            recheck.setItemLabelGenerator(AuditSheet.Item::prompt);
            recheck.setWidthFull();
            Div rows = new Div();
            recheck.addValueChangeListener(e -> {
                outcomes.keySet().retainAll(e.getValue());
                e.getValue().forEach(item -> outcomes.computeIfAbsent(item, key -> {
                    Select<Outcome> outcome = new Select<>();
                    outcome.setLabel(key.prompt());
                    outcome.setItems(Outcome.values());
                    outcome.setItemLabelGenerator(Outcome::label);
                    return outcome;
                }));
                rows.removeAll();
                outcomes.values().forEach(rows::add);
            });
            add(new Paragraph("Decided by " + audit.schoolName() + ". Your sign-off is your school's own; the"
                    + " provider's status stays as it is."), decision, note, recheck, rows);
        }
    }
}
