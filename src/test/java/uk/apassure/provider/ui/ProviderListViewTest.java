package uk.apassure.provider.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderRow;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

class ProviderListViewTest extends ViewTest {

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    @SuppressWarnings("unchecked")
    private Grid<ProviderRow> grid() {
        return $(Grid.class).withClassName("provider-grid").single();
    }

    @Test
    void the_name_filter_narrows_the_grid_to_matching_providers() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        subjects.runAs("a1.aplead", () -> {
            providers.create(ProviderFixtures.farm("Willow " + marker), ProviderFixtures.site("Alpha", "AB1 2CD"));
            providers.create(ProviderFixtures.farm("Hilltop " + marker), ProviderFixtures.site("Alpha", "AB1 2CD"));
        });
        signInAs("a1.visitor");
        navigate(ProviderListView.class);

        test($(TextField.class).withPropertyValue(TextField::getPlaceholder, "Search by name").single())
                .setValue("Willow " + marker);

        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).name()).isEqualTo("Willow " + marker);
    }

    @Test
    void the_add_dialog_shows_each_message_next_to_its_field_and_saves_nothing() {
        signInAs("a1.aplead");
        navigate(ProviderListView.class);
        long before = subjects.callAs("a1.aplead", () -> providers.count(ProviderFilter.ANY));

        test($(Button.class).withText("Add provider").single()).click();
        ProviderDetailsForm form = $(ProviderDetailsForm.class).single();
        SiteForm site = $(SiteForm.class).single();
        test(form.urn).setValue("123");
        test(site.postcode).setValue("12345");
        test($(Button.class).withText("Add provider").withClassName("dialog-save").single()).click();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Enter the provider's name");
        assertThat(form.urn.getErrorMessage()).isEqualTo("A URN is 6 digits, e.g. 123456");
        assertThat(site.postcode.getErrorMessage()).isEqualTo("Enter a UK postcode, e.g. SW1A 1AA");
        assertThat(site.addressLine1.getErrorMessage()).isEqualTo("Enter the first line of the address");
        assertThat(subjects.callAs("a1.aplead", () -> providers.count(ProviderFilter.ANY))).isEqualTo(before);
    }

    @Test
    void a_valid_new_provider_is_saved_and_opened() {
        signInAs("a1.aplead");
        navigate(ProviderListView.class);
        String name = "Brook Farm " + UUID.randomUUID().toString().substring(0, 8);

        test($(Button.class).withText("Add provider").single()).click();
        ProviderDetailsForm form = $(ProviderDetailsForm.class).single();
        SiteForm site = $(SiteForm.class).single();
        test(form.name).setValue(name);
        test(form.type).selectItem("Unregistered provider");
        test(site.addressLine1).setValue("3 Brook Lane");
        test(site.town).setValue("Alpha");
        test(site.postcode).setValue("ab12 3cd");
        test($(Button.class).withText("Add provider").withClassName("dialog-save").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ProviderView.class);
        assertThat(subjects.callAs("a1.aplead", () -> providers.count(ProviderFilter.ANY.withName(name))))
                .isEqualTo(1);
    }

    @Test
    void read_only_roles_see_no_add_button() {
        signInAs("a1.governor");
        navigate(ProviderListView.class);
        assertThat($(Button.class).withText("Add provider").all()).isEmpty();
    }
}
