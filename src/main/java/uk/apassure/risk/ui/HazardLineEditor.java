package uk.apassure.risk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.risk.HazardKind;
import uk.apassure.risk.HazardLine;
import uk.apassure.risk.Residual;

/** One hazard line of the approval form: site, activity, kind, hazard, who is at risk, controls, residual risk. */
final class HazardLineEditor extends Div {

    private final ComboBox<String> site = new ComboBox<>("Site");
    private final ComboBox<String> activity = new ComboBox<>("Activity");
    private final Select<HazardKind> hazard = new Select<>();
    private final TextField description = new TextField("Hazard");
    private final TextField whoAtRisk = new TextField("Who is at risk");
    private final TextArea controls = new TextArea("Controls");
    private final Select<Residual> residual = new Select<>();

    HazardLineEditor(HazardLine line, List<String> sites, List<String> activities, Runnable remove) {
        addClassNames("card", "risk-line-editor");
        site.setItems(withValue(sites, line.site()));
        site.setAllowCustomValue(true);
        site.addCustomValueSetListener(typed -> site.setValue(typed.getDetail()));
        site.setValue(line.site());
        activity.setItems(withValue(activities, line.activity()));
        activity.setAllowCustomValue(true);
        activity.addCustomValueSetListener(typed -> activity.setValue(typed.getDetail()));
        activity.setValue(line.activity());
        hazard.setLabel("Kind of hazard");
        hazard.setItems(HazardKind.values());
        hazard.setItemLabelGenerator(HazardKind::label);
        hazard.setValue(line.hazard());
        description.setValue(line.description());
        TextLimit.atMost(1000, description);
        whoAtRisk.setValue(line.whoAtRisk());
        TextLimit.atMost(500, whoAtRisk);
        controls.setValue(line.controls());
        TextLimit.atMost(2000, controls);
        residual.setLabel("Residual risk");
        residual.setItems(Residual.values());
        residual.setItemLabelGenerator(Residual::label);
        residual.setValue(line.residual());
        Button removeButton = new Button("Remove hazard", click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div row = new Div(hazard, residual);
        row.addClassName("risk-line-row");
        Div where = new Div(site, activity);
        where.addClassName("risk-line-row");
        add(where, row, description, whoAtRisk, controls, removeButton);
        for (var field : List.of(description, whoAtRisk, controls)) {
            field.setWidthFull();
        }
    }

    HazardLine line() {
        return new HazardLine(text(site.getValue()), text(activity.getValue()), hazard.getValue(),
                description.getValue(), whoAtRisk.getValue(), controls.getValue(), residual.getValue());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> withValue(List<String> items, String value) {
        List<String> all = new ArrayList<>(items);
        if (!value.isBlank() && !all.contains(value)) {
            all.add(value);
        }
        return all;
    }
}
