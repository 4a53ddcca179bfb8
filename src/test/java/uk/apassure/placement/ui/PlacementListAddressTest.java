package uk.apassure.placement.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.base.ui.ShownAddress;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.placement.PlacementFlag;
import uk.apassure.placement.PlacementRow;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.PlacementType;
import uk.apassure.security.SubjectRunner;

/** The placements grid keeps its filters and sort in the address; a trust lead sees the school, a governor counts. */
class PlacementListAddressTest extends ViewTest {

    @Autowired
    PlacementFixtures fixtures;

    @Autowired
    AuditFixtures audits;

    @Autowired
    PlacementService placements;

    @Autowired
    SubjectRunner subjects;

    private long farm;
    private long active;
    private long proposed;

    @BeforeEach
    void placementsAtOneFarm() {
        fixtures.calendars();
        farm = audits.provider("Address farm");
        audits.decided(farm);
        // a start on Thu 12 Nov 2026: the notice was due by Tue 10 Nov and went on the 9th
        active = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2026, 11, 12), farm);
        subjects.runAs("a1.aplead", () -> placements.recordNoticeSent(active, of(2026, 11, 9)));
        fixtures.start("a1.slt", active);
        proposed = fixtures.propose("a1.aplead", PlacementType.MEDICAL_SEMH, of(2026, 11, 3), farm);
        fixtures.propose("a2.aplead", PlacementType.VOCATIONAL, of(2027, 1, 12), farm);
    }

    @Test
    void an_address_with_filters_and_sort_opens_the_grid_filtered_and_sorted() {
        signInAs("a1.dsl");
        UI.getCurrent().navigate("placements", QueryParameters.simple(Map.of("provider", String.valueOf(farm),
                "status", "active", "from", "2026-11-10", "sort", "startsOn.desc")));

        PlacementFilters filters = $(PlacementFilters.class).single();
        assertThat(filters.provider.getValue()).isNotNull().satisfies(p -> assertThat(p.id()).isEqualTo(farm));
        assertThat(filters.status.getValue()).isEqualTo(PlacementStatus.ACTIVE);
        assertThat(filters.from.getValue()).isEqualTo(of(2026, 11, 10));
        assertThat(filters.from.getI18n().getDateFormats()).startsWith("dd/MM/yyyy");
        Grid<PlacementRow> grid = grid();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(active);
        assertThat(grid.getSortOrder()).singleElement().satisfies(sort -> {
            assertThat(sort.getSorted().getKey()).isEqualTo("startsOn");
            assertThat(sort.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
        assertThat(grid.getColumnByKey("schoolName").isVisible()).isFalse();
    }

    @Test
    void ticking_notice_late_puts_it_in_the_address_next_to_the_other_filters() {
        signInAs("a1.aplead");
        UI.getCurrent().navigate("placements", QueryParameters.of("provider", String.valueOf(farm)));
        ShownAddress.last();

        test($(PlacementFilters.class).single().flags.get(PlacementFlag.NOTICE_LATE)).click();

        assertThat(ShownAddress.last()).hasValueSatisfying(address -> assertThat(address).startsWith("placements?")
                .contains("provider=" + farm, "notice-late=yes"));
        Grid<PlacementRow> grid = grid();
        // the proposal starting on 3 Nov 2026 had no notice by 22 Oct; the active one's went in time
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(proposed);
        assertThat(test(grid).getRow(0).flags()).containsExactly(PlacementFlag.NOTICE_LATE);
    }

    @Test
    void the_trust_lead_filters_by_school_and_sees_the_school_column() {
        signInAs("a.trustlead");
        UI.getCurrent().navigate("placements", QueryParameters.simple(Map.of("provider", String.valueOf(farm),
                "school", String.valueOf(world.schoolA2))));

        assertThat($(PlacementFilters.class).single().school.getValue().id()).isEqualTo(world.schoolA2);
        Grid<PlacementRow> grid = grid();
        assertThat(grid.getColumnByKey("schoolName").isVisible()).isTrue();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).schoolName()).isEqualTo("School A2");
    }

    @Test
    void an_address_cannot_widen_the_scope_and_a_governor_sees_counts() {
        signInAs("a2.dsl");
        UI.getCurrent().navigate("placements", QueryParameters.simple(Map.of("provider", String.valueOf(farm),
                "school", String.valueOf(world.schoolA1))));
        // the school filter is offered to trust-wide users only: from the address it is dropped, not applied
        Grid<PlacementRow> grid = grid();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).schoolName()).isEqualTo("School A2");

        signInAs("a1.governor");
        UI.getCurrent().navigate("placements", QueryParameters.of("status", "active"));
        assertThat($(Grid.class).all()).isEmpty();
        assertThat($(Span.class).withClassName("tile-label").all()).extracting(Span::getText).contains("Active");
    }

    @SuppressWarnings("unchecked")
    private Grid<PlacementRow> grid() {
        return $(Grid.class).withClassName("placement-grid").single();
    }
}
