package uk.apassure.attendance.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import uk.apassure.attendance.AttendanceCounts;
import uk.apassure.attendance.AttendanceDay;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.DateFields;
import uk.apassure.security.RequiresPermission;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * The day's expected sessions across the providers of the user's school (the trust's for trust
 * leads), one card per pupil session with one tap per mark, a provider's daily return imported from
 * CSV, and the follow-ups. Tablet first. Governors see the day's numbers only.
 */
@Route("placements/attendance")
@PageTitle("Attendance")
@Menu(title = "Attendance", order = 4.6, icon = "CHECK_SQUARE_O")
@RequiresPermission({Permission.ATTENDANCE_READ, Permission.ATTENDANCE_COUNT})
public class AttendanceView extends VerticalLayout {

    final DatePicker date;
    final Div sessions = new Div();
    final Paragraph summary = new Paragraph();
    private final AttendanceService attendance;
    private final boolean reads;

    public AttendanceView(AttendanceService attendance, AccessGuard access, Clock clock) {
        this.attendance = attendance;
        this.reads = access.isPermitted(Permission.ATTENDANCE_READ);
        LocalDate today = LocalDate.now(clock);
        addClassName("attendance-view");
        date = DateFields.pastDate("Day", today);
        date.setValue(today);
        date.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load();
            }
        });
        sessions.addClassName("attendance-sessions");
        add(new H2("Attendance"), date, summary, sessions);
        if (reads && access.isPermitted(Permission.ATTENDANCE_MARK)
                && access.findCurrentUser().map(u -> u.schoolId() != null).orElse(false)) {
            add(new ReturnImport(attendance, this::load));
        }
        load();
    }

    void load() {
        LocalDate day = date.getValue() == null ? LocalDate.MIN : date.getValue();
        sessions.removeAll();
        if (!reads) {
            AttendanceCounts counts = attendance.counts(day);
            summary.setText(UkDates.date(day) + ": " + counts.expected() + " sessions expected, " + counts.attended()
                    + " attended, " + counts.absent() + " absent, " + counts.notExpected() + " not expected, "
                    + counts.notYetKnown() + " not yet known.");
            return;
        }
        AttendanceDay shown = attendance.day(day);
        long unmarked = shown.rows().stream().filter(row -> row.mark() == null).count();
        summary.setText(shown.rows().isEmpty() ? "No placement session is expected on " + UkDates.date(day) + "."
                : shown.rows().size() + " sessions expected on " + UkDates.date(day) + ", " + unmarked
                        + " not marked.");
        shown.problems().forEach(problem -> sessions.add(new Paragraph(problem)));
        shown.rows().forEach(row -> sessions.add(new SessionCard(attendance, row, shown.canMark(), this::load)));
    }
}
