package uk.apassure.placement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.Notices;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.SenStatus;

/**
 * The details of a pupil the school has no record of yet, for a suspension recorded before any
 * placement; the UPN comes from the lookup above it. The service checks them as on the placement form.
 */
class PupilFields extends FormLayout {

    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final DatePicker dateOfBirth;
    final Select<Integer> yearGroup = new Select<>();
    final Select<SenStatus> sen = new Select<>();
    final Checkbox lookedAfter = new Checkbox("Looked after");
    final TextField socialWorker = new TextField("Social worker (name, contact)");
    final Checkbox freeSchoolMeals = new Checkbox("Free school meals");

    PupilFields(LocalDate today) {
        dateOfBirth = DateFields.pastDate("Date of birth", today);
        yearGroup.setLabel("Year group");
        yearGroup.setItems(IntStream.rangeClosed(0, 14).boxed().toList());
        yearGroup.setItemLabelGenerator(PupilDetails::yearGroupLabel);
        sen.setLabel("SEND");
        sen.setItems(SenStatus.values());
        sen.setItemLabelGenerator(SenStatus::label);
        sen.setValue(SenStatus.NONE);
        add(firstName, lastName, dateOfBirth, yearGroup, sen, socialWorker, lookedAfter, freeSchoolMeals);
    }

    /** The pupil with {@code upn}, or empty after telling the user what is missing. */
    Optional<PupilDetails> value(String upn) {
        List<String> missing = new ArrayList<>();
        if (dateOfBirth.getValue() == null) {
            missing.add("the date of birth");
        }
        if (yearGroup.getValue() == null) {
            missing.add("the year group");
        }
        if (!missing.isEmpty()) {
            Notices.problem("Enter " + String.join(", ", missing) + ".");
            return Optional.empty();
        }
        return Optional.of(new PupilDetails(firstName.getValue(), lastName.getValue(), upn, dateOfBirth.getValue(),
                yearGroup.getValue(), sen.getValue(), lookedAfter.getValue(), socialWorker.getValue(),
                freeSchoolMeals.getValue()));
    }
}
