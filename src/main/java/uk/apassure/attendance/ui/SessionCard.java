package uk.apassure.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.attendance.FollowUpView;
import uk.apassure.attendance.Mark;
import uk.apassure.attendance.SessionRow;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.FieldChecks;

/**
 * One pupil's expected session: who, where, when, the code the school's register carries, and one
 * big button per mark (a tap saves it). Absent or unmarked sessions take a follow-up.
 */
class SessionCard extends Div {

    final Map<Mark, Button> marks = new EnumMap<>(Mark.class);
    final Button followUp = new Button("Record follow-up");
    final TextField called = new TextField("Who was called");
    final TextField outcome = new TextField("Outcome");
    final Button saveFollowUp = new Button("Save follow-up");

    SessionCard(AttendanceService attendance, SessionRow row, boolean canMark, Runnable reload) {
        addClassName("attendance-card");
        if (row.mark() == null) {
            addClassName("attendance-unmarked");
        }
        Div who = new Div(new Span(row.pupilName()), new Span(" · " + row.upn()));
        who.addClassName("attendance-pupil");
        Span code = new Span("Register: " + row.registerCode().code());
        code.getElement().setAttribute("title", row.registerCode().label());
        code.addClassName("attendance-code");
        Div where = new Div(new Span(row.session().label() + " " + UkDates.time(row.startsAt()) + "–"
                + UkDates.time(row.endsAt()) + " at " + row.providerName()), code);
        where.addClassName("attendance-where");
        Span state = new Span(row.mark() == null ? "Not marked" : row.mark().label() + " · " + row.markedBy());
        state.addClassName("attendance-state");
        add(who, where, state);
        Div buttons = new Div();
        buttons.addClassName("attendance-marks");
        for (Mark mark : Mark.values()) {
            Button button = new Button(mark.label());
            button.addClassName("attendance-mark");
            if (mark == row.mark()) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            button.setEnabled(canMark);
            button.addClickListener(e -> {
                if (Attempt.run("Someone else marked this session meanwhile; reload to see it.", () -> attendance
                        .mark(row.placementId(), row.date(), row.session(), mark, row.markVersion()))) {
                    reload.run();
                }
            });
            marks.put(mark, button);
            buttons.add(button);
        }
        add(buttons);
        for (FollowUpView done : row.followUps()) {
            Div line = new Div(new Span("Follow-up " + UkDates.time(done.at()) + ": called " + done.called() + " – "
                    + done.outcome() + " (" + done.recordedBy() + ")"));
            line.addClassName("attendance-follow-up");
            add(line);
        }
        if (canMark && row.followUpAllowed()) {
            Div form = new Div(called, outcome, saveFollowUp);
            form.addClassName("attendance-follow-up-form");
            form.setVisible(false);
            FieldChecks.maxLength(called, 200);
            FieldChecks.maxLength(outcome, 1000);
            followUp.addClassName("attendance-follow-up-button");
            followUp.addClickListener(e -> {
                form.setVisible(true);
                followUp.setVisible(false);
                called.focus();
            });
            saveFollowUp.addClickListener(e -> {
                if (Attempt.run("Saved meanwhile by someone else; reload.", () -> attendance.recordFollowUp(
                        row.placementId(), row.date(), row.session(), called.getValue(), outcome.getValue()))) {
                    reload.run();
                }
            });
            add(followUp, form);
        }
    }
}
