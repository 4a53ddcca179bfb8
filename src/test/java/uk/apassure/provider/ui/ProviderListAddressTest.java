package uk.apassure.provider.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.base.ui.ShownAddress;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderRow;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.provider.ProviderType;
import uk.apassure.security.SubjectRunner;

/** The register keeps its filters and sort in the address: a filtered address opens filtered, a change updates it. */
class ProviderListAddressTest extends ViewTest {

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    @Test
    void an_address_with_filters_and_sort_opens_the_register_filtered_and_sorted() {
        subjects.runAs("a1.slt", () -> {
            long approved = providers.create(ProviderFixtures.farm("Address approved farm"),
                    ProviderFixtures.site("Alpha", "AB1 2CD"));
            providers.changeStatus(approved, 0, ProviderStatus.APPROVED, "Checks complete");
            providers.create(ProviderFixtures.farm("Address prospective farm"), ProviderFixtures.site("Alpha", "AB1 2CD"));
        });
        signInAs("a1.slt");
        UI.getCurrent().navigate("providers", QueryParameters.simple(Map.of("status", "approved", "sort", "town.desc")));

        assertThat(combo("Status").getValue()).isEqualTo(ProviderStatus.APPROVED);
        Grid<ProviderRow> grid = grid();
        assertThat(test(grid).size()).isPositive();
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getRow(row).status()).isEqualTo(ProviderStatus.APPROVED);
        }
        assertThat(grid.getSortOrder()).singleElement().satisfies(sort -> {
            assertThat(sort.getSorted().getKey()).isEqualTo("town");
            assertThat(sort.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
    }

    @Test
    void changing_a_filter_puts_it_in_the_address_next_to_the_others() {
        signInAs("a1.slt");
        UI.getCurrent().navigate("providers", QueryParameters.of("status", "approved"));
        ShownAddress.last();

        test(combo("Type")).selectItem(ProviderType.UNREGISTERED_PROVIDER.label());

        assertThat(ShownAddress.last()).hasValueSatisfying(address -> assertThat(address)
                .startsWith("providers?").contains("status=approved", "type=unregistered-provider"));
    }

    @Test
    void an_unknown_value_in_the_address_is_ignored() {
        signInAs("a1.slt");
        UI.getCurrent().navigate("providers", QueryParameters.simple(Map.of("status", "nonsense", "sort", "password")));
        assertThat(combo("Status").getValue()).isNull();
        assertThat(grid().getSortOrder()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String label) {
        return $(ComboBox.class).withPropertyValue(ComboBox::getAriaLabel, java.util.Optional.of(label)).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<ProviderRow> grid() {
        return $(Grid.class).withClassName("provider-grid").single();
    }
}
