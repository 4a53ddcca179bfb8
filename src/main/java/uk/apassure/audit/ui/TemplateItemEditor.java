package uk.apassure.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.apassure.audit.ChecklistService;
import uk.apassure.audit.ChecklistService.ItemSpec;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.security.Role;

/** One checklist item in the template editor: what to check, guidance, and how it is checked. */
class TemplateItemEditor extends Div {

    final TextField prompt = new TextField("Item");
    final TextArea guidance = new TextArea("Guidance");
    final TextField standard = new TextField("National standard checked");
    final Checkbox evidence = new Checkbox("Evidence required");
    final Checkbox expiry = new Checkbox("Needs expiry or review date");
    final Checkbox dsl = new Checkbox("DSL confirms");
    final Checkbox critical = new Checkbox("Critical");
    final Button remove = new Button("Remove item");

    TemplateItemEditor(ItemSpec item, Runnable onRemove) {
        addClassName("audit-item");
        prompt.setValue(item.prompt());
        TextLimit.atMost(500, prompt);
        prompt.setWidthFull();
        guidance.setValue(item.guidance());
        TextLimit.atMost(2000, guidance);
        guidance.setWidthFull();
        standard.setValue(item.standardRef() == null ? "" : item.standardRef());
        TextLimit.atMost(ChecklistService.STANDARD_REF_MAX, standard);
        standard.setPlaceholder("e.g. DfE AP 2 Health and safety; empty for the school's own checks");
        standard.setWidthFull();
        evidence.setValue(item.evidenceRequired());
        expiry.setValue(item.needsExpiry());
        dsl.setValue(item.confirmRole() == Role.DSL);
        critical.setValue(item.critical());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> onRemove.run());
        add(prompt, guidance, standard, new Div(evidence, expiry, dsl, critical), remove);
    }

    ItemSpec spec() {
        return new ItemSpec(prompt.getValue(), guidance.getValue(), evidence.getValue(), expiry.getValue(),
                dsl.getValue() ? Role.DSL : null, critical.getValue(),
                standard.getValue().isBlank() ? null : standard.getValue());
    }
}
