package uk.apassure.placement.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.placement.NoticeDetails;

/**
 * What the parental notice letter tells parents besides the terms: on the new-placement form and in
 * the letter's details dialog. Each can wait until the letter is printed; the service checks lengths.
 */
class NoticeFields extends FormLayout {

    final TextArea reason = new TextArea("Reasons for the placement");
    final TextField schoolContact = new TextField("School contact for parents");
    final TextField absenceContact = new TextField("Parents call about an absence");
    final TextArea travel = new TextArea("Travel arrangements");
    final TextArea kit = new TextArea("Dress, equipment and lunch");

    NoticeFields() {
        FieldChecks.maxLength(reason, NoticeDetails.MAX_REASON);
        FieldChecks.maxLength(schoolContact, NoticeDetails.MAX_CONTACT);
        FieldChecks.maxLength(absenceContact, NoticeDetails.MAX_CONTACT);
        FieldChecks.maxLength(travel, NoticeDetails.MAX_ARRANGEMENTS);
        FieldChecks.maxLength(kit, NoticeDetails.MAX_ARRANGEMENTS);
        schoolContact.setHelperText("Name, role, and a phone number or e-mail address");
        absenceContact.setHelperText("Who, and the number to call before the session starts");
        travel.setHelperText("How the pupil gets there and back, and who arranges it");
        kit.setHelperText("Required when the pupil has free school meals: how they get lunch there");
        add(reason, schoolContact, absenceContact, travel, kit);
        setColspan(reason, 2);
    }

    NoticeDetails value() {
        return new NoticeDetails(reason.getValue(), schoolContact.getValue(), absenceContact.getValue(),
                travel.getValue(), kit.getValue());
    }

    void read(NoticeDetails details) {
        reason.setValue(details.reason());
        schoolContact.setValue(details.schoolContact());
        absenceContact.setValue(details.absenceContact());
        travel.setValue(details.travel());
        kit.setValue(details.kit());
    }
}
