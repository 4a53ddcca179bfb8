package uk.apassure.base.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Objects;

/**
 * The most characters a text field takes, with the words the field shows when more arrives (pasted,
 * or sent without the browser's limit): a field is never red without saying why. Other messages
 * the field already has are kept.
 */
public final class TextLimit {

    private TextLimit() {}

    /** What the field says when it holds more than {@code max} characters (as Bean Validation's text.too.long). */
    public static String tooLong(int max) {
        return String.format(Locale.UK, "This is too long (at most %,d characters)", max);
    }

    public static TextField atMost(int max, TextField field) {
        field.setMaxLength(max);
        field.setI18n(Objects.requireNonNullElseGet(field.getI18n(), TextField.TextFieldI18n::new)
                .setMaxLengthErrorMessage(tooLong(max)));
        return field;
    }

    public static TextArea atMost(int max, TextArea field) {
        field.setMaxLength(max);
        field.setI18n(Objects.requireNonNullElseGet(field.getI18n(), TextArea.TextAreaI18n::new)
                .setMaxLengthErrorMessage(tooLong(max)));
        return field;
    }

    public static EmailField atMost(int max, EmailField field) {
        field.setMaxLength(max);
        field.setI18n(Objects.requireNonNullElseGet(field.getI18n(), EmailField.EmailFieldI18n::new)
                .setMaxLengthErrorMessage(tooLong(max)));
        return field;
    }

    public static PasswordField atMost(int max, PasswordField field) {
        field.setMaxLength(max);
        field.setI18n(Objects.requireNonNullElseGet(field.getI18n(), PasswordField.PasswordFieldI18n::new)
                .setMaxLengthErrorMessage(tooLong(max)));
        return field;
    }
}
