package uk.apassure.provider.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.provider.OfstedJudgement;
import uk.apassure.provider.ProviderDetails;
import uk.apassure.provider.ProviderType;
import uk.apassure.provider.Registration;

/** The register entry's details: one column on a tablet, two on a wide screen. Messages show next to each field. */
class ProviderDetailsForm extends FormLayout {

    final TextField name = new TextField("Name");
    final ComboBox<ProviderType> type = new ComboBox<>("Type");
    final TextField urn = new TextField("DfE URN");
    final ComboBox<Registration> registration = new ComboBox<>("Registration");
    final ComboBox<OfstedJudgement> ofstedJudgement = new ComboBox<>("Latest Ofsted judgement");
    final DatePicker ofstedDate;
    final Checkbox laApproved = new Checkbox("On the local authority's approved list");
    final DatePicker laApprovedUntil;
    final TextField website = new TextField("Website");
    final TextArea offer = new TextArea("Offer (curriculum, qualifications, vocational areas)");
    final TextField keyStages = new TextField("Key stages");
    final IntegerField capacity = new IntegerField("Capacity (pupils)");
    final BigDecimalField costPerSession = new BigDecimalField("Cost per session (£)");

    private final BeanValidationBinder<ProviderDetails> binder = new BeanValidationBinder<>(ProviderDetails.class);
    private final Span formErrors = new Span();

    private static final String URN = "A URN is 6 digits, e.g. 123456";
    private static final String CAPACITY = "Capacity is a number of pupils from 0 to 10,000";

    ProviderDetailsForm(LocalDate today) {
        ofstedDate = DateFields.pastDate("Date of that inspection", today);
        laApprovedUntil = DateFields.date("LA approval until", today);
        laApprovedUntil.setHelperText("When the approval ends; /renewals shows it as it comes due");
        laApprovedUntil.setClearButtonVisible(true);
        laApproved.addValueChangeListener(e -> laApprovedUntil.setEnabled(e.getValue()));
        laApprovedUntil.setEnabled(false);
        addClassName("provider-details-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("900px", 2));
        name.setRequiredIndicatorVisible(true);
        TextLimit.atMost(200, name);
        type.setItems(ProviderType.values());
        type.setItemLabelGenerator(ProviderType::label);
        urn.setHelperText("6 digits; required for a registered school");
        urn.setMaxLength(6);
        urn.setAllowedCharPattern("[0-9]");
        urn.getElement().setAttribute("inputmode", "numeric");
        registration.setItems(Registration.values());
        registration.setItemLabelGenerator(Registration::label);
        ofstedJudgement.setItems(OfstedJudgement.values());
        ofstedJudgement.setItemLabelGenerator(OfstedJudgement::label);
        ofstedJudgement.setClearButtonVisible(true);
        ofstedDate.setClearButtonVisible(true);
        website.setPlaceholder("https://");
        website.getElement().setAttribute("inputmode", "url");
        keyStages.setPlaceholder("e.g. KS3, KS4");
        capacity.setMin(0);
        capacity.setMax(10_000);
        // the fields' own checks (length, digits, range) refuse first: they need words too, or the field
        // turns red with no message
        urn.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(URN).setPatternErrorMessage(URN));
        TextLimit.atMost(300, website);
        TextLimit.atMost(100, keyStages);
        TextLimit.atMost(2000, offer);
        capacity.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(CAPACITY).setMaxErrorMessage(CAPACITY)
                .setBadInputErrorMessage(CAPACITY));
        costPerSession.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage("Enter pounds and pence, e.g. 45.50"));
        costPerSession.setPlaceholder("0.00");
        formErrors.addClassName("form-errors");

        add(name, type, registration, urn, ofstedJudgement, ofstedDate, laApproved, laApprovedUntil, website, keyStages, capacity,
                costPerSession);
        add(offer, 2);
        add(formErrors, 2);

        binder.bindInstanceFields(this);
        binder.setStatusLabel(formErrors);
    }

    void read(ProviderDetails details) {
        binder.readBean(details);
    }

    /**
     * Writes valid input into {@code target}; false (with messages shown) when it is not valid,
     * including the rules that span fields (registered school and URN).
     */
    boolean writeInto(ProviderDetails target) {
        if (!binder.writeBeanIfValid(target)) {
            return false;
        }
        String crossFieldErrors = BeanRules.broken(target);
        formErrors.setText(crossFieldErrors);
        return crossFieldErrors.isEmpty();
    }
}
