package uk.apassure.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.ConditionInput;
import uk.apassure.audit.Decision;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;

/** SLT's decision on the provider: approve, approve with conditions (each an action with owner and due date), reject. */
class DecideDialog extends EditDialog {

    DecideDialog(AuditService audits, AuditSheet audit, Runnable onDecided) {
        this(new Form(audit), audits, audit, onDecided);
    }

    private DecideDialog(Form form, AuditService audits, AuditSheet audit, Runnable onDecided) {
        super("Decide on " + audit.providerName(), form, "Record decision", () -> {
            form.decision.setInvalid(form.decision.getValue() == null);
            if (form.decision.isInvalid()) {
                return false;
            }
            List<ConditionInput> conditions = form.decision.getValue() == Decision.APPROVED_WITH_CONDITIONS
                    ? form.conditions() : List.of();
            if (AuditAttempt.run(() -> audits.decide(audit.id(), audit.version(), form.decision.getValue(),
                    form.note.getValue(), conditions))) {
                Notices.saved("Decision recorded; the provider's status is updated");
                onDecided.run();
                return true;
            }
            return false;
        });
    }

    static class Form extends VerticalLayout {
        final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>("Decision");
        final TextArea note = new TextArea("Note");
        final Div conditionRows = new Div();
        final List<ConditionRow> rows = new ArrayList<>();

        Form(AuditSheet audit) {
            setPadding(false);
            decision.setItems(Decision.values());
            decision.setItemLabelGenerator(Decision::label);
            decision.setErrorMessage("Choose a decision");
            note.setMaxLength(2000);
            note.setWidthFull();
            Button add = new Button("Add condition", click -> addRow());
            Div conditions = new Div(conditionRows, add);
            conditions.setVisible(false);
            decision.addValueChangeListener(e -> {
                conditions.setVisible(e.getValue() == Decision.APPROVED_WITH_CONDITIONS);
                if (rows.isEmpty()) {
                    addRow();
                }
            });
            add(new Paragraph("Overall RAG: " + audit.rag().label() + ". The decision sets the provider's status,"
                    + " with this audit as the reason."), decision, note, conditions);
        }

        private void addRow() {
            ConditionRow row = new ConditionRow();
            rows.add(row);
            conditionRows.add(row);
        }

        List<ConditionInput> conditions() {
            return rows.stream().filter(row -> !row.description.getValue().isBlank())
                    .map(row -> new ConditionInput(row.description.getValue(), row.owner.getValue(), row.due.getValue()))
                    .toList();
        }
    }

    static class ConditionRow extends Div {
        final TextField description = new TextField("Condition");
        final TextField owner = new TextField("Owner");
        final DatePicker due = new DatePicker("Due");

        ConditionRow() {
            addClassName("condition-row");
            description.setMaxLength(1000);
            owner.setMaxLength(200);
            add(description, owner, due);
        }
    }
}
