package uk.apassure.visit.ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import uk.apassure.base.domain.Text;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.base.ui.UnsavedChanges;
import uk.apassure.visit.ActionStatus;
import uk.apassure.visit.FollowUpService;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitService;

/**
 * Follow-up actions: added while drafting; ticked off at any time by the school's visit staff. An
 * action typed but not added is never dropped: submitting adds it, or asks when it is incomplete,
 * and leaving the page asks first.
 */
class ActionsPanel extends Details {

    final TextField description = new TextField("Action");
    final TextField owner = new TextField("Owner");
    final DatePicker due;
    private final FollowUpService actions;
    private final long visitId;
    private final boolean canTick;
    private final Runnable reload;
    private final Div list = new Div();

    ActionsPanel(FollowUpService actions, VisitPage page, boolean canTick, LocalDate today, Runnable reload) {
        super("Follow-up actions");
        this.actions = actions;
        this.visitId = page.id();
        this.canTick = canTick;
        this.reload = reload;
        this.due = DateFields.date("Due by", today);
        addClassName("form-section");
        setOpened(true);
        Div body = new Div(list);
        body.addClassName("form-section-body");
        if (page.actions().isEmpty()) {
            list.add(new Paragraph("No follow-up actions."));
        }
        page.actions().forEach(action -> list.add(card(action)));
        if (page.editable()) {
            body.add(addForm());
        }
        add(body);
    }

    /** Something is typed in the new action's fields (or its date cannot be read). */
    boolean hasTyped() {
        return !description.isEmpty() || !owner.isEmpty() || !due.isEmpty() || due.isInvalid();
    }

    /**
     * Before the visit is submitted: a complete action typed but not added is added first; for an
     * incomplete one the user chooses to finish it or to submit without it.
     */
    void settleTypedAction(Runnable submit) {
        if (!hasTyped()) {
            submit.run();
            return;
        }
        List<String> missing;
        try {
            long id = actions.add(visitId, description.getValue(), owner.getValue(), due.getValue());
            list.getChildren().filter(Paragraph.class::isInstance).toList().forEach(list::remove);
            list.add(card(new VisitPage.Action(id, description.getValue().trim(), owner.getValue().trim(),
                    due.getValue(), ActionStatus.OPEN)));
            description.clear();
            owner.clear();
            due.clear();
            submit.run();
            return;
        } catch (VisitService.InvalidVisit e) {
            missing = e.problems();
        } catch (Text.HiddenCharacter e) {
            missing = java.util.List.of(e.getMessage());
        }
        // finishing the action is the safe answer: the primary, focused button
        ConfirmDialog ask = new ConfirmDialog();
        ask.setHeader("The follow-up action is not added");
        ask.setText("You started a follow-up action, but it is not complete: " + String.join(". ", missing)
                + ". Finish it and add it, or submit the visit without it.");
        ask.addClassName("unadded-action");
        ask.setConfirmText("Finish the action");
        ask.addConfirmListener(finish -> {
            setOpened(true);
            (description.isEmpty() ? description : owner.isEmpty() ? owner : due).focus();
        });
        ask.setRejectable(true);
        ask.setRejectText("Submit without it");
        ask.setRejectButtonTheme("error tertiary");
        ask.addRejectListener(withoutIt -> submit.run());
        ask.open();
    }

    private Div card(VisitPage.Action action) {
        Checkbox done = new Checkbox(action.description(), action.status() == ActionStatus.DONE);
        done.setReadOnly(!canTick);
        done.addValueChangeListener(e -> {
            if (e.isFromClient() && !VisitAttempt.run(() -> actions.setStatus(action.id(),
                    e.getValue() ? ActionStatus.DONE : ActionStatus.OPEN))) {
                reload.run();
            }
        });
        Span who = new Span(action.owner() + " · due " + UkDates.date(action.dueOn()));
        who.addClassName("hint");
        Div card = new Div(done, who);
        card.addClassName("card");
        return card;
    }

    private Div addForm() {
        TextLimit.atMost(1000, description);
        description.setWidthFull();
        TextLimit.atMost(200, owner);
        owner.setWidthFull();
        due.setWidthFull();
        Button add = new Button("Add action", click -> {
            if (VisitAttempt.run(() -> actions.add(visitId, description.getValue(), owner.getValue(),
                    due.getValue()))) {
                reload.run();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        add.addClassName("add-action");
        Div form = new Div(description, owner, due, add);
        form.addClassName("action-form");
        UnsavedChanges.watch(form, this::hasTyped);
        return form;
    }
}
