package uk.apassure.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import uk.apassure.base.time.DateBounds;
import uk.apassure.base.time.UkDates;

/**
 * Every date and date-time field of the product comes from here: typed as {@code dd/MM/yyyy}
 * (also {@code 9/11/2026}, {@code 09.11.2026} and {@code 09112026} from a phone's number pad),
 * weeks from Monday, English month names, and a sensible earliest and latest date with a message
 * that says which dates are allowed. On a phone the field stays a field: no full-screen calendar
 * that swallows typed digits, and Enter keeps what was typed.
 */
public final class DateFields {

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> WEEKDAYS = List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday");
    private static final List<String> WEEKDAYS_SHORT = List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat");

    private DateFields() {}

    /** A date between 1 Jan 2000 and ten years after {@code today}. */
    public static DatePicker date(String label, LocalDate today) {
        return date(label, DateBounds.EARLIEST, DateBounds.latest(today));
    }

    /** A date that cannot lie after {@code today}: when something happened. */
    public static DatePicker pastDate(String label, LocalDate today) {
        return date(label, DateBounds.EARLIEST, today);
    }

    public static DatePicker date(String label, LocalDate earliest, LocalDate latest) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        picker.setI18n(i18n(earliest, latest));
        picker.setMin(earliest);
        picker.setMax(latest);
        picker.setAutoOpen(false);
        picker.setPlaceholder("dd/mm/yyyy");
        keepTypingOnPhones(picker.getElement());
        return picker;
    }

    /** A date and time between 1 Jan 2000 and ten years after {@code today}. */
    public static DateTimePicker dateTime(String label, LocalDate today) {
        return dateTime(label, DateBounds.EARLIEST, DateBounds.latest(today));
    }

    /** A date and time no later than the end of {@code today}: when something happened. */
    public static DateTimePicker pastDateTime(String label, LocalDate today) {
        return dateTime(label, DateBounds.EARLIEST, today);
    }

    public static DateTimePicker dateTime(String label, LocalDate earliest, LocalDate latest) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setLocale(Locale.UK);
        picker.setDatePickerI18n(i18n(earliest, latest));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setBadInputErrorMessage(typeItLike(earliest, latest) + ", and the time as hh:mm")
                .setIncompleteInputErrorMessage("Enter both the date and the time")
                .setMinErrorMessage("Enter a date from " + UkDates.typed(earliest) + " onwards")
                .setMaxErrorMessage("Enter a date no later than " + UkDates.typed(latest)));
        picker.setMin(earliest.atStartOfDay());
        picker.setMax(latest.atTime(LocalTime.of(23, 59)));
        picker.setAutoOpen(false);
        picker.getElement().getChildren()
                .filter(child -> "date-picker".equals(child.getAttribute("slot")))
                .forEach(DateFields::keepTypingOnPhones);
        return picker;
    }

    /**
     * What the field says when it cannot take what was typed: a slip of format, or a date before
     * the earliest (the web component reads 01/01/1900 as unreadable rather than too early).
     */
    private static String typeItLike(LocalDate earliest, LocalDate latest) {
        return "Enter a date from " + UkDates.typed(earliest) + " to " + UkDates.typed(latest)
                + " as dd/mm/yyyy, for example 09/11/2026";
    }

    private static DatePicker.DatePickerI18n i18n(LocalDate earliest, LocalDate latest) {
        return new DatePicker.DatePickerI18n()
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy", "ddMMyyyy")
                .setFirstDayOfWeek(1)
                .setMonthNames(MONTHS)
                .setWeekdays(WEEKDAYS)
                .setWeekdaysShort(WEEKDAYS_SHORT)
                .setToday("Today")
                .setCancel("Cancel")
                .setBadInputErrorMessage(typeItLike(earliest, latest))
                .setRequiredErrorMessage("Enter a date")
                .setMinErrorMessage("Enter a date from " + UkDates.typed(earliest) + " onwards")
                .setMaxErrorMessage("Enter a date no later than " + UkDates.typed(latest));
    }

    /**
     * The web component switches to a full-screen calendar below 450 px, where typed digits go
     * nowhere and Enter picks today. A media query that never matches keeps it a typed field.
     * Set before the element is first attached, so the component reads it when it starts.
     */
    private static void keepTypingOnPhones(Element picker) {
        picker.setProperty("_fullscreenMediaQuery", "not all");
        // a phone shows its number pad (digits and a full stop): 09112026 and 09.11.2026 both read
        picker.addAttachListener(event -> picker.executeJs("const field = this;"
                + "customElements.whenDefined(field.localName).then(() => requestAnimationFrame(() =>"
                + " field.inputElement && field.inputElement.setAttribute('inputmode', 'decimal')))"));
    }
}
