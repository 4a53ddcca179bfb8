package uk.apassure.provider.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ResourceBundle;
import uk.apassure.provider.ContactDetails;

/** A named contact: how to reach them, and whether pupils report to them. */
class ContactForm extends FormLayout {

    final TextField name = new TextField("Name");
    final TextField jobTitle = new TextField("Role at the provider (optional)");
    final EmailField email = new EmailField("E-mail");
    final TextField phone = new TextField("Phone");
    final Checkbox pupilsReportTo = new Checkbox("Pupils report to this person on arrival");

    private final Span errors = new Span();
    private final BeanValidationBinder<ContactDetails> binder = new BeanValidationBinder<>(ContactDetails.class);

    ContactForm() {
        addClassName("contact-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("900px", 2));
        name.setRequiredIndicatorVisible(true);
        // the field's own check of the address refuses first: it needs the same words as the bean's
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(
                ResourceBundle.getBundle("ValidationMessages").getString("contact.email.format")));
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("autocomplete", "tel");
        phone.setHelperText("E-mail or phone: at least one");
        errors.addClassName("form-errors");
        add(name, jobTitle, email, phone, pupilsReportTo, errors);
        binder.bindInstanceFields(this);
        binder.setStatusLabel(errors);
    }

    void read(ContactDetails details) {
        binder.readBean(details);
    }

    boolean writeInto(ContactDetails target) {
        if (!binder.writeBeanIfValid(target)) {
            return false;
        }
        errors.setText(BeanRules.broken(target));
        return errors.getText().isEmpty();
    }
}
