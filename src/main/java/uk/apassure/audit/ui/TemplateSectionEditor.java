package uk.apassure.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import uk.apassure.audit.ChecklistService.ItemSpec;
import uk.apassure.audit.ChecklistService.SectionSpec;
import uk.apassure.base.ui.TextLimit;

/** One section of a template being edited: its title and its items, in order. */
class TemplateSectionEditor extends Div {

    final TextField title = new TextField("Section");
    final List<TemplateItemEditor> items = new ArrayList<>();
    private final Div itemList = new Div();

    TemplateSectionEditor(SectionSpec section) {
        addClassName("page-section");
        title.setValue(section.title());
        TextLimit.atMost(200, title);
        title.setWidthFull();
        section.items().forEach(this::addItem);
        Button add = new Button("Add item", VaadinIcon.PLUS.create(),
                click -> addItem(new ItemSpec("", "", false, false, null, false, null)));
        add(title, itemList, add);
    }

    private void addItem(ItemSpec spec) {
        TemplateItemEditor[] editor = new TemplateItemEditor[1];
        editor[0] = new TemplateItemEditor(spec, () -> {
            items.remove(editor[0]);
            itemList.remove(editor[0]);
        });
        items.add(editor[0]);
        itemList.add(editor[0]);
    }

    SectionSpec spec() {
        return new SectionSpec(title.getValue(), items.stream().map(TemplateItemEditor::spec).toList());
    }
}
