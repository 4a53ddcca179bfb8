package uk.apassure.placement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.placement.NoticeDetails;
import uk.apassure.placement.NoticeFixtures;

/**
 * The placement page offers the parental notice PDF once the letter has all it needs, and says what
 * it lacks until then; the AP lead fills it in there.
 */
class NoticePanelTest extends ViewTest {

    @Autowired
    NoticeFixtures fixtures;

    private NoticePanel openAs(String username, long placementId) {
        signInAs(username);
        navigate(PlacementView.class, placementId);
        return $(NoticePanel.class).single();
    }

    @Test
    void a_reader_of_the_placement_gets_the_download_link_and_a_governor_gets_no_page() {
        long id = fixtures.placement("Panel", "Reader", "801200009401", NoticeFixtures.DETAILS);

        NoticePanel panel = openAs("a1.dsl", id);
        assertThat(panel.download.isAttached()).isTrue();
        assertThat(panel.download.getText()).isEqualTo("Parental notice (PDF)");
        assertThat(panel.download.getHref()).isNotBlank();
        assertThat(panel.details.isAttached()).as("a DSL reads, the AP lead edits").isFalse();

        signInAs("a1.governor");
        UI.getCurrent().navigate("placements/" + id);
        assertThat(getCurrentView()).isNotInstanceOf(PlacementView.class).isInstanceOf(HasErrorParameter.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).doesNotContain("Parental notice (PDF)");
    }

    @Test
    void the_ap_lead_sees_what_the_letter_lacks_and_fills_it_in() {
        long id = fixtures.placement("Panel", "Lacking", "801200009402", NoticeDetails.NONE);

        NoticePanel panel = openAs("a1.aplead", id);
        assertThat(panel.download.isAttached()).isFalse();
        assertThat($(ListItem.class, panel).all()).extracting(ListItem::getText)
                .contains("Write the reasons for the placement (002 §7).", "Describe the travel arrangements (003).");

        test(panel.details).click();
        NoticeFields fields = $(NoticeFields.class).single();
        NoticeDetails details = NoticeFixtures.DETAILS;
        test(fields.reason).setValue(details.reason());
        test(fields.schoolContact).setValue(details.schoolContact());
        test(fields.absenceContact).setValue(details.absenceContact());
        test(fields.travel).setValue(details.travel());
        test(fields.kit).setValue(details.kit());
        test($(Button.class).withClassName("dialog-save").single()).click();

        NoticePanel after = $(NoticePanel.class).single();
        assertThat(after.download.isAttached()).isTrue();
        assertThat($(ListItem.class, after).all()).isEmpty();
    }
}
