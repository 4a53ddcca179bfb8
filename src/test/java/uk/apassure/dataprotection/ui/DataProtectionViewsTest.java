package uk.apassure.dataprotection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.dataprotection.RetentionReport;
import uk.apassure.dataprotection.RetentionRun;
import uk.apassure.placement.ui.PlacementView;
import uk.apassure.review.ReviewFixtures;

/**
 * The placement page offers the subject access download to the pupil's DSL only (not SLT, not a trust
 * lead); /admin/retention lists the runs with their counts.
 */
class DataProtectionViewsTest extends ViewTest {

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    RetentionRun retention;

    @Test
    void the_download_is_on_the_placement_page_for_the_dsl_only() {
        long placement = fixtures.activeAtA2(fixtures.provider("Subject access farm"));

        signInAs("a2.dsl");
        navigate(PlacementView.class, placement);
        assertThat($(Anchor.class).withClassName("subject-access-export").single().getText())
                .startsWith("Download everything held on this pupil");

        for (String user : new String[] {"a2.slt", "a.trustlead", "a2.aplead"}) {
            signInAs(user);
            navigate(PlacementView.class, placement);
            assertThat($(Anchor.class).withClassName("subject-access-export").all()).as(user).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void administrators_see_each_run_of_the_retention_schedule() {
        RetentionReport run = retention.run();

        signInAs("a.admin");
        navigate(RetentionView.class);
        Grid<RetentionReport> grid = $(Grid.class).withClassName("retention-grid").single();
        assertThat(grid.getGenericDataView().getItems().toList()).contains(run);
    }
}
