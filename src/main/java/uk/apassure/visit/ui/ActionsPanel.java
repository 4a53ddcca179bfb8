package uk.apassure.visit.ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import uk.apassure.base.time.UkDates;
import uk.apassure.visit.ActionStatus;
import uk.apassure.visit.FollowUpService;
import uk.apassure.visit.VisitPage;

/** Follow-up actions: added while drafting; ticked off at any time by the school's visit staff. */
class ActionsPanel extends Details {


    ActionsPanel(FollowUpService actions, VisitPage page, boolean canTick, Runnable reload) {
        super("Follow-up actions");
        addClassName("form-section");
        setOpened(true);
        Div body = new Div();
        body.addClassName("form-section-body");
        if (page.actions().isEmpty()) {
            body.add(new Paragraph("No follow-up actions."));
        }
        for (VisitPage.Action action : page.actions()) {
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
            body.add(card);
        }
        if (page.editable()) {
            body.add(addForm(actions, page.id(), reload));
        }
        add(body);
    }

    private static Div addForm(FollowUpService actions, long visitId, Runnable reload) {
        TextField description = new TextField("Action");
        description.setMaxLength(1000);
        description.setWidthFull();
        TextField owner = new TextField("Owner");
        owner.setMaxLength(200);
        owner.setWidthFull();
        DatePicker due = new DatePicker("Due by");
        due.setWidthFull();
        due.setLocale(java.util.Locale.UK);
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
        return form;
    }
}
