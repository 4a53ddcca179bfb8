package uk.apassure.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import uk.apassure.ViewTest;
import uk.apassure.audit.ChecklistService;
import uk.apassure.audit.ChecklistService.TemplateChoice;
import uk.apassure.security.Role;
import uk.apassure.security.SubjectRunner;

/** An administrator edits the online template and publishes it as the next version. */
@DirtiesContext
class TemplatesViewTest extends ViewTest {

    @Autowired
    ChecklistService checklists;

    @Autowired
    SubjectRunner subjects;

    @Test
    void an_administrator_changes_an_item_removes_one_and_publishes_a_new_version() {
        signInAs("a.admin");
        TemplatesView view = navigate(TemplatesView.class);
        TemplateChoice online = subjects.callAs("a.admin", () -> checklists.current()).stream()
                .filter(c -> c.template().equals(ChecklistService.PRE_PLACEMENT_ONLINE)).findFirst().orElseThrow();
        view.template.setValue(online);

        List<TemplateSectionEditor> sections = $(TemplateSectionEditor.class).all();
        TemplateItemEditor first = sections.getFirst().items.getFirst();
        test(first.prompt).setValue("Registration status checked on the DfE register");
        test(first.dsl).click();
        String removed = sections.getFirst().items.get(1).prompt.getValue();
        test(sections.getFirst().items.get(1).remove).click();
        // the national standard an item checks is edited with it, and kept when left alone
        TemplateItemEditor standard = sections.getLast().items.getFirst();
        assertThat(standard.standard.getValue()).isEqualTo("DfE AP 1.1 Safer recruitment");
        test(standard.standard).setValue("DfE AP 1.1 Safer recruitment and volunteers");
        test(view.publish).click();

        var published = subjects.callAs("a.admin", () -> checklists.currentSections(ChecklistService.PRE_PLACEMENT_ONLINE));
        assertThat(published.getFirst().items().getFirst().prompt()).isEqualTo("Registration status checked on the DfE register");
        assertThat(published.getFirst().items().getFirst().confirmRole()).isEqualTo(Role.DSL);
        assertThat(published.getFirst().items()).extracting(ChecklistService.ItemSpec::prompt).doesNotContain(removed);
        assertThat(published.getLast().items()).extracting(ChecklistService.ItemSpec::standardRef).containsExactly(
                "DfE AP 1.1 Safer recruitment and volunteers", "DfE AP 2 Health and safety", "DfE AP 2 Health and safety",
                "DfE AP 3 Admissions and support", "DfE AP 3 Admissions and support", "DfE AP 3 Admissions and support");
        assertThat(subjects.callAs("a.admin", () -> checklists.current())).filteredOn(c -> c.template()
                .equals(ChecklistService.PRE_PLACEMENT_ONLINE)).singleElement()
                .satisfies(c -> assertThat(c.number()).isEqualTo(online.number() + 1));
    }

    @Test
    void only_administrators_open_the_templates() {
        signInAs("a1.slt");
        navigate("admin/templates", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(TemplatesView.class);
    }
}
