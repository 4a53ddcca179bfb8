package uk.apassure.security.fuzz;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextAreaTester;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldTester;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a form as the fuzz tests type into them: which components are fields, the hostile
 * values each kind takes (text from {@link Hostile}, numbers and dates out of range, input the
 * browser cannot read), typing as the user would, and what the form then says about it.
 */
final class FieldProbe {

    private FieldProbe() {}

    /** What the browser sends when the typed text cannot be read as a number or a date. */
    record Unreadable(String typed) {
        @Override
        public String toString() {
            return "unreadable \"" + typed + "\"";
        }
    }

    /** A value to type: its label, how to put it into a field, and whether it must be refused. */
    record Input(String label, Object value, boolean mustRefuse) {

        /** The text typed, or null for a number, a date or unreadable input. */
        @Nullable String text() {
            return value instanceof String text ? text : null;
        }
    }

    static List<Input> inputsFor(Component field) {
        if (field instanceof IntegerField) {
            return List.of(new Input("-5", -5, false), new Input("max int", Integer.MAX_VALUE, false),
                    new Input("abc", new Unreadable("abc"), true));
        }
        if (field instanceof NumberField) {
            return List.of(new Input("-5", -5.0, false), new Input("1e300", 1e300, false),
                    new Input("abc", new Unreadable("abc"), true));
        }
        if (field instanceof BigDecimalField) {
            return List.of(new Input("-5", new BigDecimal("-5"), false),
                    new Input("huge", new BigDecimal("1e40"), false),
                    new Input("4.5.0", new Unreadable("4.5.0"), true));
        }
        if (field instanceof DatePicker) {
            return List.of(new Input("year 0001", LocalDate.of(1, 1, 1), true),
                    new Input("31 Dec 9999", LocalDate.of(9999, 12, 31), true),
                    new Input("31/02/2026", new Unreadable("31/02/2026"), true));
        }
        if (field instanceof DateTimePicker) {
            return List.of(new Input("year 0001", LocalDateTime.of(1, 1, 1, 10, 0), true),
                    new Input("31 Dec 9999", LocalDateTime.of(9999, 12, 31, 10, 0), true));
        }
        return Hostile.TEXTS.stream().map(v -> new Input(v.label(), v.text(), v.mustRefuse())).toList();
    }

    static boolean isField(Component c) {
        return c instanceof TextField || c instanceof TextArea || c instanceof EmailField || c instanceof PasswordField
                || c instanceof IntegerField || c instanceof NumberField || c instanceof BigDecimalField
                || c instanceof DatePicker || c instanceof DateTimePicker;
    }

    /** The component and all inside it; a date-time picker is one field (it holds the message, not its parts). */
    static Stream<Component> tree(Component root) {
        return root instanceof DateTimePicker ? Stream.of(root)
                : Stream.concat(Stream.of(root), root.getChildren().flatMap(FieldProbe::tree));
    }

    /** The fields under {@code root} a user can type into: shown, enabled, not read-only. */
    static List<Component> editableFields(Component root) {
        return tree(root).filter(FieldProbe::isField).filter(FieldProbe::shown)
                .filter(c -> !((HasValue<?, ?>) c).isReadOnly() && ((HasEnabled) c).isEnabled()).toList();
    }

    /** Visible itself and inside every parent (a closed section's fields still count: it opens on a click). */
    private static boolean shown(Component c) {
        return c.isVisible() && c.getParent().map(FieldProbe::shown).orElse(true);
    }

    static String label(Component field) {
        String label = field.getElement().getProperty("label");
        return label == null || label.isBlank() ? field.getClass().getSimpleName() : label;
    }

    /** Types as the user would; a date or a number is set on the server, as a forged request could. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void type(Component field, Object value) {
        if (value instanceof Unreadable unreadable) {
            // the web component keeps the text typed, empties the value (a change: the field checks the
            // text again) and tells the server it could not read it
            Element element = field.getElement();
            element.setProperty("_inputElementValue", unreadable.typed());
            if (field instanceof BigDecimalField) {
                // a decimal field is a text input underneath: the browser sends the text itself as its value
                try {
                    element.getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value",
                            unreadable.typed()).run();
                } catch (PropertyChangeDeniedException e) {
                    throw new IllegalStateException(e);
                }
                return;
            }
            ((HasValue<?, ?>) field).clear();
            element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element,
                    "unparsable-change", JacksonUtils.createObjectNode()));
            return;
        }
        switch (field) {
            // typed into a list that takes other text, then Enter: the browser sends what was typed
            case ComboBox<?> f -> {
                Element element = f.getElement();
                element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element,
                        "custom-value-set", JacksonUtils.createObjectNode().put("event.detail", (String) value)));
            }
            case TextField f -> new TextFieldTester<>(f).setValue((String) value);
            case TextArea f -> new TextAreaTester<>(f).setValue((String) value);
            case EmailField f -> new TextFieldTester<>(f).setValue((String) value);
            case PasswordField f -> new TextFieldTester<>(f).setValue((String) value);
            // the tester refuses dates outside the picker's bounds: a forged request is not held back
            case DatePicker f -> f.setValue((LocalDate) value);
            case DateTimePicker f -> f.setValue((LocalDateTime) value);
            case AbstractNumberField<?, ?> f -> ((HasValue) f).setValue(value);
            default -> ((HasValue) field).setValue(value);
        }
    }

    /** Labels of the fields under {@code root} shown as refused (red) with no words to say why. */
    static List<String> redWithoutMessage(Component root) {
        return tree(root).filter(c -> c instanceof HasValidation v && v.isInvalid() && shown(c))
                .filter(c -> !Outcome.readable(((HasValidation) c).getErrorMessage())).map(FieldProbe::label)
                .toList();
    }

    /**
     * What the form says about a refusal: field errors under {@code root}, text it gained since
     * {@code textBefore}, and the problem notifications in {@code shown}.
     */
    static List<String> messages(Component root, String textBefore, List<Notification> shown) {
        List<String> messages = new ArrayList<>();
        String text = root.getElement().getTextRecursively();
        String gained = text.replace(textBefore, "");
        if (!text.equals(textBefore) && Outcome.readable(gained)) {
            messages.add(gained);
        }
        tree(root).filter(c -> c instanceof HasValidation v && v.isInvalid())
                .map(c -> ((HasValidation) c).getErrorMessage()).filter(Outcome::readable).forEach(messages::add);
        shown.stream().filter(n -> !isSuccess(n)).map(FieldProbe::text).filter(Outcome::readable)
                .forEach(messages::add);
        return messages;
    }

    static boolean isSuccess(Notification notification) {
        return notification.getThemeNames().contains("success");
    }

    static String text(Notification notification) {
        return notification.getElement().getProperty("text", "") + notification.getElement().getTextRecursively();
    }
}
