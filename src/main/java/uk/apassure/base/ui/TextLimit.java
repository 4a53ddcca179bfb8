package uk.apassure.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Objects;

/**
 * The most characters a text field takes, with the words the field shows when more arrives: a field
 * is never red without saying why. Other messages the field already has are kept.
 *
 * <p>The limit is checked on the server only. The browser is not given it as the input's
 * {@code maxlength}, which would cut a longer paste without a word (a visit's notes pasted from a
 * 25,000-character report would lose their end unseen): the whole text arrives, the field says it is
 * too long, and the form saves nothing until it is shortened.
 */
public final class TextLimit {

    private TextLimit() {}

    /** What the field says when it holds more than {@code max} characters (as Bean Validation's text.too.long). */
    public static String tooLong(int max) {
        return String.format(Locale.UK, "This is too long (at most %,d characters)", max);
    }

    public static TextField atMost(int max, TextField field) {
        field.setMaxLength(max);
        letLongerTextThrough(field);
        field.setI18n(Objects.requireNonNullElseGet(field.getI18n(), TextField.TextFieldI18n::new)
                .setMaxLengthErrorMessage(tooLong(max)));
        return field;
    }

    public static TextArea atMost(int max, TextArea field) {
        field.setMaxLength(max);
        letLongerTextThrough(field);
        field.setI18n(Objects.requireNonNullElseGet(field.getI18n(), TextArea.TextAreaI18n::new)
                .setMaxLengthErrorMessage(tooLong(max)));
        return field;
    }

    public static EmailField atMost(int max, EmailField field) {
        field.setMaxLength(max);
        letLongerTextThrough(field);
        field.setI18n(Objects.requireNonNullElseGet(field.getI18n(), EmailField.EmailFieldI18n::new)
                .setMaxLengthErrorMessage(tooLong(max)));
        return field;
    }

    public static PasswordField atMost(int max, PasswordField field) {
        field.setMaxLength(max);
        letLongerTextThrough(field);
        field.setI18n(Objects.requireNonNullElseGet(field.getI18n(), PasswordField.PasswordFieldI18n::new)
                .setMaxLengthErrorMessage(tooLong(max)));
        return field;
    }

    /** Takes the browser's maxlength off the field's input element once it is there (the server keeps the limit). */
    private static void letLongerTextThrough(Component field) {
        field.addAttachListener(event -> field.getElement().executeJs(
                "const field = this; const free = () => field.inputElement && field.inputElement.removeAttribute('maxlength');"
                        + " free(); requestAnimationFrame(free);"));
    }
}
