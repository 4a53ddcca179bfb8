package uk.apassure.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.apassure.audit.ConditionInput;
import uk.apassure.base.time.DateBounds;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.TextLimit;

/**
 * The conditions of an "approve with conditions" decision: the ones added, and a small form for
 * the next one. What is typed into that form is never dropped: {@link #addTyped()} adds it when
 * complete and reports it when not.
 */
class ConditionsForm extends Div {

    final TextField description = new TextField("Condition");
    final TextField owner = new TextField("Owner");
    final DatePicker due;
    final Button add = new Button("Add condition", VaadinIcon.PLUS.create());
    private final Div list = new Div();
    private final List<ConditionInput> added = new ArrayList<>();

    ConditionsForm(LocalDate today) {
        addClassName("conditions-form");
        due = DateFields.date("Due", today, DateBounds.latest(today));
        TextLimit.atMost(1000, description);
        description.setWidthFull();
        TextLimit.atMost(200, owner);
        list.addClassName("condition-list");
        add.addClickListener(click -> addTyped());
        Div next = new Div(description, owner, due, add);
        next.addClassName("condition-row");
        add(list, next);
    }

    /** Adds the typed condition if there is one; false (fields marked) when it is only half filled. */
    boolean addTyped() {
        boolean anything = !description.getValue().isBlank() || !owner.getValue().isBlank() || due.getValue() != null
                || due.isInvalid();
        if (!anything) {
            return true;
        }
        description.setInvalid(description.getValue().isBlank());
        description.setErrorMessage("Say what must be done");
        owner.setInvalid(owner.getValue().isBlank());
        owner.setErrorMessage("Who makes sure it is done?");
        boolean dueMissing = due.getValue() == null || due.isInvalid();
        if (dueMissing) {
            due.setInvalid(true);
        }
        if (description.isInvalid() || owner.isInvalid() || dueMissing) {
            return false;
        }
        ConditionInput condition = new ConditionInput(description.getValue().trim(), owner.getValue().trim(),
                due.getValue());
        added.add(condition);
        description.clear();
        owner.clear();
        due.clear();
        due.setInvalid(false);
        render();
        return true;
    }

    List<ConditionInput> added() {
        return List.copyOf(added);
    }

    /** Conditions added or being typed. */
    boolean hasAny() {
        return !added.isEmpty() || !description.getValue().isBlank() || !owner.getValue().isBlank()
                || due.getValue() != null;
    }

    static String describe(ConditionInput condition) {
        return condition.description() + " · owner " + condition.owner() + " · due " + UkDates.date(condition.dueOn());
    }

    private void render() {
        list.removeAll();
        for (ConditionInput condition : added) {
            Button remove = new Button("Remove", click -> {
                added.remove(condition);
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove condition: " + condition.description());
            Div line = new Div(new Span(describe(condition)), remove);
            line.addClassName("condition-line");
            list.add(line);
        }
    }
}
