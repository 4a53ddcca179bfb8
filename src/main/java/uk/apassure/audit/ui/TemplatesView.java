package uk.apassure.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import uk.apassure.audit.ChecklistService;
import uk.apassure.audit.ChecklistService.TemplateChoice;
import uk.apassure.base.ui.Notices;
import uk.apassure.security.Permission;
import uk.apassure.security.RequiresPermission;

/**
 * Checklist templates for administrators: edit a copy of the current version and publish it as
 * the next one. Audits already started keep their version.
 */
@Route("admin/templates")
@PageTitle("Checklist templates")
@Menu(title = "Checklist templates", order = 91, icon = "CLIPBOARD_TEXT")
@RequiresPermission(Permission.TEMPLATE_MANAGE)
public class TemplatesView extends VerticalLayout {

    private final ChecklistService checklists;
    final Select<TemplateChoice> template = new Select<>();
    final Button publish = new Button("Publish as a new version");
    private final Div editor = new Div();
    private final List<TemplateSectionEditor> sections = new ArrayList<>();

    public TemplatesView(ChecklistService checklists) {
        this.checklists = checklists;
        addClassName("templates-view");
        template.setLabel("Template");
        template.setItemLabelGenerator(c -> c.name() + " (version " + c.number()
                + (c.trustsOwn() ? ", your trust's own)" : ", the shipped default)"));
        template.addValueChangeListener(e -> edit());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> publish());
        editor.setWidthFull();
        add(new H2("Checklist templates"), new Paragraph("Your trust's templates. Changes are published as a new"
                + " version for your trust's schools only; other trusts are not affected, and audits already"
                + " started keep the version they were started from."), template, editor, publish);
        load(null);
    }

    private void load(@org.jspecify.annotations.Nullable String selected) {
        List<TemplateChoice> choices = checklists.current();
        template.setItems(choices);
        choices.stream().filter(c -> c.template().equals(selected)).findFirst()
                .or(() -> choices.stream().findFirst()).ifPresent(template::setValue);
    }

    private void edit() {
        editor.removeAll();
        sections.clear();
        if (template.getValue() == null) {
            return;
        }
        for (ChecklistService.SectionSpec section : checklists.currentSections(template.getValue().template())) {
            TemplateSectionEditor sectionEditor = new TemplateSectionEditor(section);
            sections.add(sectionEditor);
            editor.add(sectionEditor);
        }
    }

    private void publish() {
        String code = template.getValue().template();
        List<ChecklistService.SectionSpec> specs = sections.stream().map(TemplateSectionEditor::spec).toList();
        int[] number = new int[1];
        if (AuditAttempt.run(() -> number[0] = checklists.publish(code, specs))) {
            Notices.saved("Published version " + number[0]);
            load(code);
        }
    }
}
