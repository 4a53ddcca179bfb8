package uk.apassure.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.ConditionInput;
import uk.apassure.audit.Decision;
import uk.apassure.base.ui.Notices;
import uk.apassure.base.ui.TextLimit;

/**
 * SLT's decision on the provider, in two steps: the decision (approve, approve with conditions —
 * each an action with owner and due date — or reject) and a review of what is being signed (the
 * decision, the RAG, the conditions, the items that need attention) before it is recorded.
 */
class DecideDialog extends Dialog {

    final Form form;
    final Div review = new Div();
    final Button next = new Button("Review decision");
    final Button back = new Button("Back");
    final Button confirm = new Button("Confirm decision");
    private final AuditService audits;
    private final AuditSheet audit;
    private final LocalDate today;
    private final Runnable onDecided;

    DecideDialog(AuditService audits, AuditSheet audit, LocalDate today, Runnable onDecided) {
        this.audits = audits;
        this.audit = audit;
        this.today = today;
        this.onDecided = onDecided;
        this.form = new Form(audit, today);
        setHeaderTitle("Decide on " + audit.providerName());
        addClassNames("edit-dialog", "sign-off-dialog");
        setCloseOnOutsideClick(false);
        review.addClassName("decision-review");
        review.setVisible(false);
        add(form, review);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("dialog-save");
        next.addClickListener(click -> review());
        back.addClickListener(click -> showForm(true));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm-decision");
        confirm.addClickListener(click -> record());
        getFooter().add(new Button("Cancel", click -> close()), back, next, confirm);
        showForm(true);
    }

    private void showForm(boolean editing) {
        form.setVisible(editing);
        review.setVisible(!editing);
        next.setVisible(editing);
        back.setVisible(!editing);
        confirm.setVisible(!editing);
    }

    /** Step two: what is about to be signed, asked once more. */
    private void review() {
        List<ConditionInput> conditions = form.complete();
        if (conditions == null) {
            return;
        }
        Decision decision = form.decision.getValue();
        review.removeAll();
        review.add(new Paragraph("You are about to record: " + decision.label().toLowerCase() + ". The provider's"
                + " status becomes \"" + decision.providerStatus().label() + "\", with this audit as the reason."));
        if (!form.note.getValue().isBlank()) {
            review.add(new Paragraph("Note: " + form.note.getValue().trim()));
        }
        if (!conditions.isEmpty()) {
            review.add(new H4("Conditions"));
            conditions.forEach(c -> review.add(new Paragraph(ConditionsForm.describe(c))));
        }
        review.add(new SignOffSummary(audit, "Items to weigh", SignOffSummary.needingAttention(audit, today),
                "Every item is met or not applicable, with the evidence it needs.", today));
        showForm(false);
    }

    private void record() {
        List<ConditionInput> conditions = form.complete();
        if (conditions == null) {
            showForm(true);
            return;
        }
        if (AuditAttempt.run(() -> audits.decide(audit.id(), audit.version(), form.decision.getValue(),
                form.note.getValue(), conditions))) {
            Notices.saved("Decision recorded; the provider's status is updated");
            close();
            onDecided.run();
        }
    }

    static class Form extends VerticalLayout {
        final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>("Decision");
        final TextArea note = new TextArea("Note");
        final ConditionsForm conditions;
        final Div problem = new Div();

        Form(AuditSheet audit, LocalDate today) {
            setPadding(false);
            conditions = new ConditionsForm(today);
            decision.setItems(Decision.values());
            decision.setItemLabelGenerator(Decision::label);
            decision.setErrorMessage("Choose a decision");
            TextLimit.atMost(2000, note);
            note.setWidthFull();
            problem.addClassName("form-errors");
            conditions.setVisible(false);
            decision.addValueChangeListener(e -> conditions.setVisible(e.getValue() == Decision.APPROVED_WITH_CONDITIONS
                    || conditions.hasAny()));
            add(new Paragraph("Overall RAG: " + audit.rag().label() + " (" + SignOffSummary.counts(audit.items())
                    + "). The decision sets the provider's status, with this audit as the reason."), decision, note,
                    conditions, problem);
        }

        /**
         * The conditions to record, or null (with the reason shown) when something typed would
         * otherwise be dropped: a condition typed but not added is added when complete, and asked
         * about when not; conditions typed under another decision are never silently discarded.
         */
        @org.jspecify.annotations.Nullable List<ConditionInput> complete() {
            problem.setText("");
            decision.setInvalid(decision.getValue() == null);
            if (decision.isInvalid()) {
                return null;
            }
            if (!conditions.addTyped()) {
                problem.setText("Finish the condition you started (what, owner and due date) and add it, or clear it.");
                return null;
            }
            boolean conditional = decision.getValue() == Decision.APPROVED_WITH_CONDITIONS;
            if (!conditional && conditions.hasAny()) {
                problem.setText("Conditions go only with \"Approve with conditions\". Choose that decision, or remove"
                        + " the conditions.");
                return null;
            }
            if (conditional && conditions.added().isEmpty()) {
                problem.setText("Add at least one condition, with its owner and due date.");
                return null;
            }
            return conditions.added();
        }
    }
}
