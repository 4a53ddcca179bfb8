package uk.apassure.placement.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementType;
import uk.apassure.security.SubjectRunner;

/** The AP lead puts a wrong start date right on the placement's page: the reason is asked for, then kept. */
class PlacementEditDialogTest extends ViewTest {

    @Autowired
    PlacementFixtures fixtures;

    @Autowired
    AuditFixtures audits;

    @Autowired
    PlacementService placements;

    @Autowired
    SubjectRunner subjects;

    @Test
    void a_wrong_start_of_an_active_placement_is_changed_with_a_reason() {
        fixtures.calendars();
        long farm = audits.provider("Dialog farm");
        audits.decided(farm);
        long id = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2027, 1, 21), farm);
        fixtures.start("a1.slt", id);

        signInAs("a1.aplead");
        UI.getCurrent().navigate("placements/" + id);
        test($(Button.class).withClassName("change-placement").single()).click();
        PlacementEditDialog dialog = $(PlacementEditDialog.class).single();
        PlacementForm form = dialog.form;
        assertThat(form.startsOn.getValue()).isEqualTo(of(2027, 1, 21));
        assertThat(form.timetables).singleElement().satisfies(week -> {
            assertThat(week.provider.getValue().id()).isEqualTo(farm);
            assertThat(week.sessions()).hasSize(2);
        });
        test(form.startsOn).setValue(of(2027, 1, 12));
        test(dialog.saveButton()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.reason.getErrorMessage())
                .startsWith("Say why the dates or the timetable of an active placement");
        assertThat(form.startsOn.isInvalid()).isFalse();

        test(form.reason).setValue("Typed 21 for 12");
        test(dialog.saveButton()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(subjects.callAs("a1.dsl", () -> placements.get(id)).terms().startsOn()).isEqualTo(of(2027, 1, 12));
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText)
                .filter(text -> text.contains("Start: Thu 21 Jan 2027 → Tue 12 Jan 2027")).count()).isEqualTo(1);
    }

    @Test
    void a_dsl_and_another_school_see_no_change_button() {
        long farm = audits.provider("Dialog farm");
        long id = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2027, 1, 21), farm);
        signInAs("a1.dsl");
        UI.getCurrent().navigate("placements/" + id);
        assertThat($(Button.class).withClassName("change-placement").all()).isEmpty();
    }
}
