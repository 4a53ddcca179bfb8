package uk.apassure.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.base.ui.ShownAddress;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.Judgement;
import uk.apassure.visit.VisitFixtures;
import uk.apassure.visit.VisitRow;
import uk.apassure.visit.VisitStatus;

/** The visit list keeps its filters and sort in the address; the trust lead's list names the school and the visitor. */
class VisitListAddressTest extends ViewTest {

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    ConcernService concerns;

    @Autowired
    SubjectRunner subjects;

    @Test
    void my_drafts_address_opens_the_list_with_those_filters_set() {
        long provider = fixtures.approvedProvider("Address meadow");
        long mine = fixtures.draftVisit("a1.visitor", provider);
        fixtures.draftVisit("a1.aplead", provider);
        fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.now().minusDays(1));

        signInAs("a1.visitor");
        UI.getCurrent().navigate("visits", QueryParameters.simple(Map.of("status", "draft", "mine", "yes",
                "provider", String.valueOf(provider))));

        VisitFilters filters = $(VisitFilters.class).single();
        assertThat(filters.status.getValue()).isEqualTo(VisitStatus.DRAFT);
        assertThat(filters.mine.getValue()).isTrue();
        assertThat(filters.provider.getValue()).isNotNull().satisfies(p -> assertThat(p.id()).isEqualTo(provider));
        Grid<VisitRow> grid = grid();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(mine);
    }

    @Test
    void changing_a_filter_keeps_the_others_in_the_address() {
        signInAs("a1.dsl");
        UI.getCurrent().navigate("visits", QueryParameters.of("concerns", "open"));
        ShownAddress.last();

        test($(VisitFilters.class).single().judgement).selectItem(Judgement.CONCERN.label());

        assertThat(ShownAddress.last()).hasValueSatisfying(address -> assertThat(address).startsWith("visits?")
                .contains("concerns=open", "judgement=concern"));
    }

    @Test
    void the_date_filters_are_uk_date_fields() {
        signInAs("a1.dsl");
        UI.getCurrent().navigate("visits", QueryParameters.of("from", "2026-03-02"));
        VisitFilters filters = $(VisitFilters.class).single();
        assertThat(filters.from.getValue()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(filters.from.getI18n()).isNotNull();
        assertThat(filters.from.getI18n().getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(filters.from.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(filters.to.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void the_trust_lead_filters_by_school_and_sees_school_and_visitor() {
        long provider = fixtures.approvedProvider("School meadow");
        long atA2 = fixtures.submittedVisit("a2.dsl", provider, LocalDateTime.now().minusDays(2));
        subjects.runAs("a2.dsl", () -> concerns.raise(atA2, "Signing-in book missing"));
        long atA1 = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.now().minusDays(2));
        subjects.runAs("a1.visitor", () -> concerns.raise(atA1, "Fire door propped open"));

        signInAs("a.trustlead");
        UI.getCurrent().navigate("visits", QueryParameters.simple(Map.of("school", String.valueOf(world.schoolA2),
                "concerns", "open")));

        assertThat($(VisitFilters.class).single().school.getValue().id()).isEqualTo(world.schoolA2);
        Grid<VisitRow> grid = grid();
        assertThat(grid.getColumnByKey("schoolName").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("visitors").isVisible()).isTrue();
        assertThat(test(grid).size()).isPositive();
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getRow(row).schoolName()).isEqualTo("School A2");
            assertThat(test(grid).getRow(row).id()).isNotEqualTo(atA1);
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<VisitRow> grid() {
        return $(Grid.class).withClassName("visit-grid").single();
    }
}
