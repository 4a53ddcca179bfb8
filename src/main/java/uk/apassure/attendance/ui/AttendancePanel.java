package uk.apassure.attendance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import uk.apassure.attendance.PlacementAttendance;
import uk.apassure.attendance.WeekFigures;
import uk.apassure.base.time.UkDates;

/** The placement page's weekly attendance (000 §15.4: monitored weekly) and the school register's code. */
class AttendancePanel extends Div {

    AttendancePanel(PlacementAttendance attendance) {
        addClassName("attendance-panel");
        add(new H3("Attendance"), new Paragraph("The school's register carries code " + attendance.registerCode().code()
                + " (" + attendance.registerCode().label().toLowerCase(Locale.UK) + ") for these sessions."));
        if (attendance.calendarProblem() != null) {
            add(new Paragraph(attendance.calendarProblem()));
            return;
        }
        for (WeekFigures week : attendance.weeks()) {
            // a week with no mark at all says so rather than 0%
            String percent = week.expected() == 0 ? "no sessions"
                    : week.unmarked() == week.expected() ? "no marks yet"
                    : week.percent().isPresent() ? String.format(Locale.UK, "%.0f%%", week.percent().getAsDouble())
                    : "closed";
            Div line = new Div(new Span("Week of " + UkDates.date(week.weekOf())), new Span(percent),
                    new Span(week.attended() + " attended of " + week.expected() + " expected"
                            + (week.absent() > 0 ? ", " + week.absent() + " absent" : "")
                            + (week.notExpected() > 0 ? ", " + week.notExpected() + " closed" : "")
                            + (week.unmarked() > 0 ? ", " + week.unmarked() + " not marked" : "")));
            line.addClassName("attendance-week");
            add(line);
        }
    }
}
