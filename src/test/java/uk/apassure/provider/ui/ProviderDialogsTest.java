package uk.apassure.provider.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/** The provider page's dialogs never drop what was typed, and their dates are UK dates with sensible bounds. */
class ProviderDialogsTest extends ViewTest {

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    private long openProvider() {
        long id = subjects.callAs("a1.aplead", () -> providers.create(
                ProviderFixtures.farm("Dialog farm " + UUID.randomUUID().toString().substring(0, 6)),
                ProviderFixtures.site("Alpha", "AB1 2CD")));
        signInAs("a1.aplead");
        navigate(ProviderView.class, id);
        return id;
    }

    @Test
    void cancelling_a_contact_with_something_typed_asks_first_and_stay_keeps_it() {
        long id = openProvider();
        test($(Button.class).withText("Add contact").single()).click();
        ContactForm form = $(ContactForm.class).single();
        test(form.name).setValue("Jo Marsh");

        test($(Button.class).withText("Cancel").single()).click();
        ConfirmDialog ask = $(ConfirmDialog.class).single();
        assertThat(test(ask).getHeader()).isEqualTo("Close without saving?");
        test(ask).confirm();
        assertThat($(ContactForm.class).single().name.getValue()).isEqualTo("Jo Marsh");
        assertThat($(Dialog.class).all()).filteredOn(Dialog::isOpened).hasSize(1);

        test($(Button.class).withText("Cancel").single()).click();
        test($(ConfirmDialog.class).single()).reject();
        assertThat($(ContactForm.class).all()).isEmpty();
        assertThat(subjects.callAs("a1.aplead", () -> providers.get(id)).contacts()).isEmpty();
    }

    @Test
    void a_dialog_with_nothing_changed_closes_at_once() {
        openProvider();
        test($(Button.class).withText("Add site").single()).click();
        test($(Button.class).withText("Cancel").single()).click();
        assertThat($(SiteForm.class).all()).isEmpty();
        assertThat($(ConfirmDialog.class).all()).isEmpty();
    }

    @Test
    void leaving_the_page_with_a_dialog_half_filled_asks_first() {
        openProvider();
        test($(Button.class).withText("Add site").single()).click();
        test($(SiteForm.class).single().addressLine1).setValue("4 Mill Lane");
        UI.getCurrent().navigate(ProviderListView.class);
        assertThat(getCurrentView()).isInstanceOf(ProviderView.class);
        assertThat(test($(ConfirmDialog.class).single()).getHeader()).isEqualTo("Leave without saving?");
    }

    @Test
    void the_ofsted_date_is_a_uk_date_between_2000_and_today() {
        openProvider();
        test($(Button.class).withText("Edit details").single()).click();
        DatePicker inspected = $(ProviderDetailsForm.class).single().ofstedDate;
        assertThat(inspected.getLocale()).isEqualTo(Locale.UK);
        assertThat(inspected.getMin()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(inspected.getMax()).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")));

        inspected.setValue(LocalDate.of(1, 1, 1));
        assertThat(inspected.isInvalid()).isTrue();
        assertThat(inspected.getErrorMessage()).isEqualTo("Enter a date from 01/01/2000 onwards");
        test($(Button.class).withText("Save").withClassName("dialog-save").single()).click();
        assertThat($(ProviderDetailsForm.class).all()).hasSize(1);
        assertThat($(TextField.class).withLabel("Name").all()).hasSize(1);
    }
}
