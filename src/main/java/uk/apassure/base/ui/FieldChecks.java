package uk.apassure.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checks a field makes by itself (a length, a bound, a number or a time it cannot read), with
 * words: without them the field turns red and says nothing. And a form's refusal of what its fields
 * cannot take: a field holding text it cannot read sends nothing, so a save would otherwise go ahead
 * without it (an optional date typed as 31/02/2026 would be stored as no date).
 */
public final class FieldChecks {

    private FieldChecks() {}

    /** The most characters, with {@link TextLimit}'s words. */
    public static void maxLength(TextField field, int max) {
        TextLimit.atMost(max, field);
    }

    public static void maxLength(TextArea area, int max) {
        TextLimit.atMost(max, area);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static void wholeNumber(IntegerField field, int min, int max) {
        field.setMin(min);
        field.setMax(max);
        String says = "Enter a whole number from " + min + " to " + max + ".";
        field.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(says).setMaxErrorMessage(says)
                .setBadInputErrorMessage(says));
    }

    /** A number with decimals, typed like {@code example}. */
    public static void decimal(BigDecimalField field, String example) {
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage("Enter a number, for example " + example + "."));
    }

    /** A time of day typed as hh:mm. */
    public static void time(TimePicker picker) {
        picker.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage("Enter a time as hh:mm, for example 09:30.")
                .setRequiredErrorMessage("Enter a time as hh:mm, for example 09:30."));
    }

    /**
     * What the visible fields in {@code area} refuse by their own checks (unreadable, out of bounds,
     * too long), each field marked with its message; empty when they take everything typed.
     */
    public static List<String> refused(Component area) {
        return fields(area).filter(Component::isVisible).map(field -> {
            ValidationResult result = check(field);
            if (!result.isError()) {
                return null;
            }
            ((HasValidation) field).setErrorMessage(result.getErrorMessage());
            ((HasValidation) field).setInvalid(true);
            return result.getErrorMessage();
        }).filter(java.util.Objects::nonNull).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValidationResult check(Component field) {
        return ((HasValidator) field).getDefaultValidator().apply(((HasValue) field).getValue(), null);
    }

    private static Stream<Component> fields(Component component) {
        // a text node has no visibility of its own and holds no field
        if (component.getElement().isTextNode() || !component.isVisible()) {
            return Stream.empty();
        }
        // the fields a person types into; a choice (a select, a radio group) cannot hold what it cannot read
        boolean typed = component instanceof TextFieldBase<?, ?> || component instanceof DatePicker
                || component instanceof TimePicker;
        Stream<Component> self = typed ? Stream.of(component) : Stream.empty();
        return Stream.concat(self, component.getChildren().flatMap(FieldChecks::fields));
    }
}
