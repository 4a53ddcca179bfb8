package uk.apassure.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** A field with a length limit says so in words, and keeps the other words it had. */
class TextLimitTest {

    @Test
    void the_limit_comes_with_its_message_and_other_messages_stay() {
        TextField urn = new TextField();
        urn.setI18n(new TextField.TextFieldI18n().setPatternErrorMessage("A URN is 6 digits"));
        TextLimit.atMost(6, urn);
        assertThat(urn.getMaxLength()).isEqualTo(6);
        assertThat(urn.getI18n().getMaxLengthErrorMessage()).isEqualTo("This is too long (at most 6 characters)");
        assertThat(urn.getI18n().getPatternErrorMessage()).isEqualTo("A URN is 6 digits");

        TextArea notes = TextLimit.atMost(20_000, new TextArea());
        assertThat(notes.getI18n().getMaxLengthErrorMessage()).isEqualTo("This is too long (at most 20,000 characters)");
    }
}
