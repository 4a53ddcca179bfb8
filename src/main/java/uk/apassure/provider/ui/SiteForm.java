package uk.apassure.provider.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.provider.SiteDetails;

/** A site's name and full address. */
class SiteForm extends FormLayout {

    final TextField name = new TextField("Site name");
    final TextField addressLine1 = new TextField("Address line 1");
    final TextField addressLine2 = new TextField("Address line 2 (optional)");
    final TextField town = new TextField("Town");
    final TextField postcode = new TextField("Postcode");

    private final BeanValidationBinder<SiteDetails> binder = new BeanValidationBinder<>(SiteDetails.class);

    SiteForm() {
        addClassName("site-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("900px", 2));
        for (TextField required : new TextField[] {name, addressLine1, town, postcode}) {
            required.setRequiredIndicatorVisible(true);
        }
        TextLimit.atMost(10, postcode);
        postcode.getElement().setAttribute("autocapitalize", "characters");
        postcode.getElement().setAttribute("autocomplete", "postal-code");
        addressLine1.getElement().setAttribute("autocomplete", "address-line1");
        town.getElement().setAttribute("autocomplete", "address-level2");
        Span errors = new Span();
        errors.addClassName("form-errors");
        add(name, addressLine1, addressLine2, town, postcode, errors);
        binder.bindInstanceFields(this);
        binder.setStatusLabel(errors);
    }

    void read(SiteDetails details) {
        binder.readBean(details);
    }

    boolean writeInto(SiteDetails target) {
        return binder.writeBeanIfValid(target);
    }
}
