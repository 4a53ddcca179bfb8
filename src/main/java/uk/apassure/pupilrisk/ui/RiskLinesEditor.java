package uk.apassure.pupilrisk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.pupilrisk.ResidualRating;
import uk.apassure.pupilrisk.RiskArea;
import uk.apassure.pupilrisk.RiskLine;

/** The risks of a draft, one card each (area, risk, controls, who agreed them, residual rating); one column on a phone. */
class RiskLinesEditor extends Div {

    private final List<LineFields> lines = new ArrayList<>();
    private final Div list = new Div();

    RiskLinesEditor(List<RiskLine> start) {
        addClassName("risk-lines-editor");
        list.addClassName("risk-lines");
        Button add = new Button("Add a risk", VaadinIcon.PLUS.create(), click -> add(blank()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
        (start.isEmpty() ? List.of(blank()) : start).forEach(this::add);
    }

    List<RiskLine> value() {
        return lines.stream().map(LineFields::value).toList();
    }

    private void add(RiskLine line) {
        LineFields fields = new LineFields(line);
        lines.add(fields);
        Button remove = new Button("Remove this risk", click -> {
            lines.remove(fields);
            list.remove(fields.card);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        fields.card.add(remove);
        list.add(fields.card);
    }

    private static RiskLine blank() {
        return new RiskLine(null, "", "", "", null);
    }

    private static final class LineFields {
        final Div card = new Div();
        final Select<RiskArea> area = new Select<>();
        final TextArea risk = new TextArea("Risk");
        final TextArea controls = new TextArea("Controls agreed with the provider");
        final TextField agreedWith = new TextField("Agreed by (name and role at the provider)");
        final Select<ResidualRating> residual = new Select<>();

        LineFields(RiskLine line) {
            card.addClassNames("card", "risk-line-fields");
            area.setLabel("Area");
            area.setItems(RiskArea.values());
            area.setItemLabelGenerator(RiskArea::label);
            area.setEmptySelectionAllowed(false);
            residual.setLabel("Residual risk");
            residual.setItems(ResidualRating.values());
            residual.setItemLabelGenerator(ResidualRating::label);
            TextLimit.atMost(2000, risk);
            TextLimit.atMost(4000, controls);
            TextLimit.atMost(200, agreedWith);
            if (line.area() != null) {
                area.setValue(line.area());
            }
            if (line.residual() != null) {
                residual.setValue(line.residual());
            }
            risk.setValue(line.risk());
            controls.setValue(line.controls());
            agreedWith.setValue(line.agreedWith());
            for (var field : List.of(risk, controls)) {
                field.setWidthFull();
            }
            agreedWith.setWidthFull();
            card.add(area, risk, controls, agreedWith, residual);
        }

        RiskLine value() {
            return new RiskLine(area.getValue(), risk.getValue(), controls.getValue(), agreedWith.getValue(),
                    residual.getValue());
        }
    }
}
