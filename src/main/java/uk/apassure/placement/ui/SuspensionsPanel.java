package uk.apassure.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.Notices;
import uk.apassure.placement.PupilSuspensions;
import uk.apassure.placement.RunDuty;
import uk.apassure.placement.SuspensionLine;
import uk.apassure.placement.SuspensionService;

/**
 * The placement page's section on the pupil's suspensions (000 §10): each run with "provision must
 * start by" its sixth school day and whether a placement for the suspension meets it, the
 * suspensions themselves, and recording another. Shown only to those who may read suspensions.
 */
class SuspensionsPanel extends Div {

    private final SuspensionService suspensions;
    private final long placementId;
    private final LocalDate today;
    @Nullable SuspensionFields fields;
    @Nullable Button record;

    SuspensionsPanel(SuspensionService suspensions, long placementId, LocalDate today) {
        this.suspensions = suspensions;
        this.placementId = placementId;
        this.today = today;
        addClassName("suspensions-panel");
        setWidthFull();
        if (suspensions.mayRead()) {
            show(suspensions.forPlacement(placementId));
        } else {
            setVisible(false);
        }
    }

    private void show(PupilSuspensions pupil) {
        removeAll();
        add(new H3("Suspensions"));
        if (pupil.calendarProblem() != null) {
            add(new Paragraph(pupil.calendarProblem()));
        }
        if (pupil.suspensions().isEmpty()) {
            Paragraph none = new Paragraph("No suspensions recorded.");
            none.addClassName("hint");
            add(none);
        }
        for (RunDuty duty : pupil.runs()) {
            add(RunDutyText.block(duty, pupil.pupilId(), pupil.canRecord()));
        }
        for (SuspensionLine line : pupil.suspensions()) {
            Div row = new Div(new Span(UkDates.date(line.firstDay()) + " · " + line.schoolDays()
                    + (line.schoolDays() == 1 ? " school day" : " school days")
                    + (line.lastDay() == null ? "" : " (last day " + UkDates.date(line.lastDay()) + ")") + " · "
                    + line.reason().label()));
            Span who = new Span("recorded by " + line.recordedBy() + ", " + UkDates.date(line.recordedAt()));
            who.addClassName("history-who");
            row.add(who);
            row.addClassName("closure-row");
            add(row);
        }
        if (pupil.canRecord()) {
            SuspensionFields typed = new SuspensionFields(today);
            Button button = new Button("Record suspension", click -> typed.value().ifPresent(suspension -> {
                if (Attempt.run("Someone else recorded a suspension at the same time; reload.",
                        () -> suspensions.record(pupil.pupilId(), suspension))) {
                    Notices.saved("Suspension recorded");
                    show(suspensions.forPlacement(placementId));
                }
            }));
            typed.add(button);
            add(typed);
            fields = typed;
            record = button;
        }
    }
}
