package uk.apassure.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.AuditRow;
import uk.apassure.audit.AuditState;
import uk.apassure.base.ui.ShownAddress;

/** The audit list filters by state and school, sorts by column, and keeps both in the address. */
class AuditListAddressTest extends ViewTest {

    @Autowired
    AuditFixtures audits;

    @Test
    void the_dashboards_address_opens_the_submitted_audits_of_one_school() {
        long submitted = audits.submitted(audits.provider("Address audit farm " + System.nanoTime()));
        audits.draft(audits.provider("Address draft farm " + System.nanoTime()));

        signInAs("a1.dsl");
        UI.getCurrent().navigate("audits", QueryParameters.simple(Map.of("state", "submitted",
                "school", String.valueOf(world.schoolA1))));

        assertThat(combo("State").getValue()).isEqualTo(AuditState.SUBMITTED);
        Grid<AuditRow> grid = grid();
        assertThat(test(grid).size()).isPositive();
        boolean found = false;
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getRow(row).state()).isEqualTo(AuditState.SUBMITTED);
            assertThat(test(grid).getRow(row).schoolName()).isEqualTo("School A1");
            found |= test(grid).getRow(row).id() == submitted;
        }
        assertThat(found).isTrue();
    }

    @Test
    void a_new_filter_or_sort_is_put_in_the_address() {
        signInAs("a1.slt");
        UI.getCurrent().navigate("audits", QueryParameters.of("state", "draft"));
        ShownAddress.last();

        test(combo("State")).selectItem(AuditState.SAFEGUARDING_CONFIRMED.label());
        assertThat(ShownAddress.last()).hasValue("audits?state=safeguarding-confirmed");

        Grid<AuditRow> grid = grid();
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("providerName"), SortDirection.DESCENDING)));
        assertThat(ShownAddress.last()).hasValueSatisfying(address -> assertThat(address)
                .contains("state=safeguarding-confirmed", "sort=providerName.desc"));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String label) {
        return $(ComboBox.class).withPropertyValue(ComboBox::getAriaLabel, Optional.of(label)).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditRow> grid() {
        return $(Grid.class).withClassName("audit-grid").single();
    }
}
