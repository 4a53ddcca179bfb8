package uk.apassure.placement.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.base.ui.Notices;
import uk.apassure.placement.NewSuspension;
import uk.apassure.placement.SuspensionReason;

/** First day, length in school days and reason of a suspension; the service checks them against the calendar. */
class SuspensionFields extends FormLayout {

    final DatePicker firstDay;
    final IntegerField schoolDays = new IntegerField("School days");
    final Select<SuspensionReason> reason = new Select<>();

    SuspensionFields(LocalDate today) {
        firstDay = DateFields.date("First day of the suspension", today);
        FieldChecks.wholeNumber(schoolDays, 1, NewSuspension.MAX_DAYS);
        schoolDays.setStepButtonsVisible(true);
        schoolDays.setHelperText("Counted on the school calendar");
        reason.setLabel("Reason");
        reason.setItems(SuspensionReason.values());
        reason.setItemLabelGenerator(SuspensionReason::label);
        add(firstDay, schoolDays, reason);
    }

    /** The suspension typed, or empty after telling the user what is missing. */
    Optional<NewSuspension> value() {
        if (!FieldChecks.refused(this).isEmpty()) {
            Notices.problem("Nothing was recorded: a field needs a change; it says what.");
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (firstDay.getValue() == null) {
            missing.add("the first day");
        }
        if (schoolDays.getValue() == null) {
            missing.add("the number of school days");
        }
        if (reason.getValue() == null) {
            missing.add("the reason");
        }
        if (!missing.isEmpty()) {
            Notices.problem("Enter " + String.join(", ", missing) + ".");
            return Optional.empty();
        }
        return Optional.of(new NewSuspension(firstDay.getValue(), schoolDays.getValue(), reason.getValue()));
    }

    void clear() {
        firstDay.clear();
        schoolDays.clear();
        reason.clear();
    }
}
