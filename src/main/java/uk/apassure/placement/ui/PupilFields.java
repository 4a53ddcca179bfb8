package uk.apassure.placement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.SenStatus;

/**
 * A pupil's details, on the placement form and for a suspension recorded before any placement; the
 * service checks them. The UPN field sits in the form or, where the pupil is first looked up by
 * UPN, wherever the view puts it.
 */
class PupilFields extends FormLayout {

    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final TextField upn = new TextField("UPN");
    final DatePicker dateOfBirth;
    final Select<Integer> yearGroup = new Select<>();
    final Select<SenStatus> sen = new Select<>();
    final Checkbox lookedAfter = new Checkbox("Looked after");
    final TextField socialWorker = new TextField("Social worker (name, contact)");
    final Checkbox freeSchoolMeals = new Checkbox("Free school meals");

    PupilFields(LocalDate today, boolean upnInForm) {
        dateOfBirth = DateFields.pastDate("Date of birth", today);
        upn.setHelperText("13 characters, starting with the check letter");
        FieldChecks.maxLength(upn, 16);
        yearGroup.setLabel("Year group");
        yearGroup.setItems(IntStream.rangeClosed(0, 14).boxed().toList());
        yearGroup.setItemLabelGenerator(PupilDetails::yearGroupLabel);
        sen.setLabel("SEND");
        sen.setItems(SenStatus.values());
        sen.setItemLabelGenerator(SenStatus::label);
        sen.setValue(SenStatus.NONE);
        add(firstName, lastName);
        if (upnInForm) {
            add(upn);
        }
        add(dateOfBirth, yearGroup, sen, socialWorker, lookedAfter, freeSchoolMeals);
    }

    /** What must be entered before the details can go to the service, e.g. "the date of birth". */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (dateOfBirth.getValue() == null) {
            missing.add("the date of birth");
        }
        if (yearGroup.getValue() == null) {
            missing.add("the year group");
        }
        return missing;
    }

    /** The details as typed; no year group chosen goes as -1, which the service refuses with its message. */
    PupilDetails details() {
        return new PupilDetails(firstName.getValue(), lastName.getValue(), upn.getValue(), dateOfBirth.getValue(),
                yearGroup.getValue() == null ? -1 : yearGroup.getValue(), sen.getValue(), lookedAfter.getValue(), socialWorker.getValue(),
                freeSchoolMeals.getValue());
    }

    void fill(PupilDetails pupil) {
        firstName.setValue(pupil.firstName());
        lastName.setValue(pupil.lastName());
        upn.setValue(pupil.upn());
        dateOfBirth.setValue(pupil.dateOfBirth());
        yearGroup.setValue(pupil.yearGroup());
        sen.setValue(pupil.sen());
        lookedAfter.setValue(pupil.lookedAfter());
        socialWorker.setValue(pupil.socialWorker() == null ? "" : pupil.socialWorker());
        freeSchoolMeals.setValue(pupil.freeSchoolMeals());
    }
}
