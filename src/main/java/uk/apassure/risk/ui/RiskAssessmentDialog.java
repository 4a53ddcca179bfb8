package uk.apassure.risk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.risk.HazardKind;
import uk.apassure.risk.HazardLine;
import uk.apassure.risk.Residual;
import uk.apassure.risk.RiskAssessmentService;
import uk.apassure.risk.RiskDraft;

/**
 * Drafts the next version of a provider's risk assessment from the latest signed-off audit (or the
 * current version) and approves it. Nothing is kept until it is approved; a refused approval keeps
 * everything typed.
 */
final class RiskAssessmentDialog {

    private RiskAssessmentDialog() {}

    static void open(RiskAssessmentService assessments, RiskDraft draft, LocalDate today, Runnable onApproved) {
        Paragraph from = new Paragraph("Made from audit #" + draft.auditId() + ", signed off "
                + UkDates.date(draft.auditDecidedOn()) + ". Check each hazard and its controls with the provider.");
        from.addClassName("hint");
        DatePicker approvedOn = DateFields.date("Approved on", today.minusYears(1).plusDays(1), today);
        approvedOn.setValue(today);
        TextArea summary = new TextArea("Summary (optional)");
        TextLimit.atMost(2000, summary);
        summary.setValue(draft.summary());
        summary.setWidthFull();
        Div lines = new Div();
        lines.addClassName("risk-line-editors");
        List<HazardLineEditor> editors = new ArrayList<>();
        java.util.function.Consumer<HazardLine> addLine = line -> {
            HazardLineEditor[] editor = new HazardLineEditor[1];
            editor[0] = new HazardLineEditor(line, draft.sites(), draft.activities(), () -> {
                editors.remove(editor[0]);
                lines.remove(editor[0]);
            });
            editors.add(editor[0]);
            lines.add(editor[0]);
        };
        draft.lines().forEach(addLine);
        Button addHazard = new Button("Add hazard", VaadinIcon.PLUS.create(), click -> addLine.accept(new HazardLine(
                draft.sites().getFirst(), draft.activities().getFirst(), HazardKind.OTHER, "", "", "", Residual.LOW)));
        addHazard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div form = new Div(from, approvedOn, summary, lines, addHazard);
        form.addClassName("risk-form");
        int next = draft.currentNumber() + 1;
        EditDialog dialog = new EditDialog(draft.currentNumber() == 0 ? "Risk assessment" : "Risk assessment, version "
                + next, form, "Approve version " + next, () -> {
                    if (approvedOn.getValue() == null) {
                        Notices.problem("Give the date the risk assessment was approved");
                        return false;
                    }
                    List<HazardLine> typed = editors.stream().map(HazardLineEditor::line).toList();
                    if (Attempt.run("", () -> assessments.approve(draft.providerId(), draft.currentNumber(),
                            summary.getValue(), approvedOn.getValue(), typed))) {
                        Notices.saved("Risk assessment version " + next + " approved");
                        onApproved.run();
                        return true;
                    }
                    return false;
                });
        dialog.addClassName("risk-dialog");
        dialog.open();
    }
}
