package uk.apassure.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import uk.apassure.attendance.AttendanceCounts;
import uk.apassure.attendance.AttendanceDay;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.attendance.DayFilter;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.security.RequiresPermission;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * The day's expected sessions across the providers of the user's school (the trust's for trust
 * leads), a page of cards at a time (one per pupil session, one tap per mark), narrowed to a pupil or
 * to the sessions not marked yet; a provider's daily return imported from CSV, and the follow-ups.
 * Tablet first. Governors see the day's numbers only.
 */
@Route("placements/attendance")
@PageTitle("Attendance")
@Menu(title = "Attendance", order = 4.6, icon = "CHECK_SQUARE_O")
@RequiresPermission({Permission.ATTENDANCE_READ, Permission.ATTENDANCE_COUNT})
public class AttendanceView extends VerticalLayout {

    /** Cards a page: a morning's register of one school fits a page or two, and a page reads in under 50 ms. */
    static final int PAGE = 50;

    final DatePicker date;
    final TextField pupil = new TextField();
    final Checkbox unmarkedOnly = new Checkbox("Not marked only");
    final Div sessions = new Div();
    final Paragraph summary = new Paragraph();
    final Button previous = new Button("Previous");
    final Button next = new Button("Next");
    final Span shownRows = new Span();
    private int offset;
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
                firstPage();
            }
        });
        sessions.addClassName("attendance-sessions");
        add(new H2("Attendance"), date, summary);
        if (reads) {
            pupil.setPlaceholder("Pupil or UPN");
            pupil.setAriaLabel("Pupil or UPN");
            pupil.setClearButtonVisible(true);
            FieldChecks.maxLength(pupil, 100);
            pupil.setValueChangeMode(ValueChangeMode.LAZY);
            pupil.addValueChangeListener(e -> firstPage());
            unmarkedOnly.addValueChangeListener(e -> firstPage());
            Div filters = new Div(pupil, unmarkedOnly);
            filters.addClassName("attendance-filters");
            previous.addClickListener(e -> turn(-PAGE));
            next.addClickListener(e -> turn(PAGE));
            previous.addClassName("attendance-previous");
            next.addClassName("attendance-next");
            shownRows.addClassName("attendance-shown");
            Div pager = new Div(previous, shownRows, next);
            pager.addClassName("attendance-pager");
            add(filters, sessions, pager);
        }
        if (reads && access.isPermitted(Permission.ATTENDANCE_MARK)
                && access.findCurrentUser().map(u -> u.schoolId() != null).orElse(false)) {
            add(new ReturnImport(attendance, this::load));
        }
        load();
    }

    private void firstPage() {
        offset = 0;
        load();
    }

    private void turn(int by) {
        offset = Math.max(0, offset + by);
        load();
        sessions.getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    void load() {
        sessions.removeAll();
        // a day that cannot be read or lies outside the field's bounds: the field says why, nothing is looked up
        if (date.getValue() == null || !FieldChecks.refused(date).isEmpty()) {
            summary.setText("Choose a day to see its sessions.");
            return;
        }
        LocalDate day = date.getValue();
        if (!reads) {
            AttendanceCounts counts = attendance.counts(day);
            summary.setText(UkDates.date(day) + ": " + counts.expected() + " sessions expected, " + counts.attended()
                    + " attended, " + counts.absent() + " absent, " + counts.notExpected() + " not expected, "
                    + counts.notYetKnown() + " not yet known.");
            return;
        }
        AttendanceDay shown = attendance.day(day, new DayFilter(unmarkedOnly.getValue(), pupil.getValue()), offset,
                PAGE);
        if (shown.rows().isEmpty() && offset > 0) {
            // the last page emptied (marked with "not marked only" on): show the one before it
            turn(-PAGE);
            return;
        }
        summary.setText(shown.expected() == 0 ? "No placement session is expected on " + UkDates.date(day) + "."
                : shown.expected() + " sessions expected on " + UkDates.date(day) + ", " + shown.unmarked()
                        + " not marked.");
        shown.problems().forEach(problem -> sessions.add(new Paragraph(problem)));
        if (shown.rows().isEmpty() && shown.expected() > 0) {
            sessions.add(new Paragraph("No session matches these filters."));
        }
        shown.rows().forEach(row -> sessions.add(new SessionCard(attendance, row, shown.canMark(), this::load)));
        previous.setEnabled(offset > 0);
        next.setEnabled(shown.more());
        shownRows.setText(shown.rows().isEmpty() ? "" : "Sessions " + (offset + 1) + "–" + (offset
                + shown.rows().size()));
    }
}
