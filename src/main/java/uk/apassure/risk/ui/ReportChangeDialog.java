package uk.apassure.risk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.risk.ChangeKind;
import uk.apassure.risk.RiskAssessmentService;

/**
 * Records a change at the provider that the provider reported or a visitor saw (a change of key staff,
 * a new activity): the risk assessment needs review at once.
 */
final class ReportChangeDialog {

    private ReportChangeDialog() {}

    static void open(RiskAssessmentService assessments, long providerId, Runnable onReported) {
        RadioButtonGroup<ChangeKind> kind = new RadioButtonGroup<>("What changed");
        kind.setItems(ChangeKind.KEY_STAFF_CHANGED, ChangeKind.NEW_ACTIVITY);
        kind.setItemLabelGenerator(ChangeKind::label);
        kind.setValue(ChangeKind.KEY_STAFF_CHANGED);
        RadioButtonGroup<String> source = new RadioButtonGroup<>("How we know");
        source.setItems("Reported by the provider", "Seen on a visit");
        source.setValue("Reported by the provider");
        TextArea detail = new TextArea("What changed");
        detail.setHelperText("e.g. the manager who is the provider's DSL has left; pupils now do motor mechanics");
        TextLimit.atMost(800, detail);
        detail.setWidthFull();
        Div form = new Div(kind, source, detail);
        form.addClassName("risk-form");
        new EditDialog("Report a change at the provider", form, "Report change", () -> {
            String text = detail.getValue().isBlank() ? "" : source.getValue().toLowerCase() + ": "
                    + detail.getValue().trim();
            if (Attempt.run("", () -> assessments.reportChange(providerId, kind.getValue(), text))) {
                Notices.saved("Change recorded: the risk assessment needs review");
                onReported.run();
                return true;
            }
            return false;
        }).open();
    }
}
