package uk.apassure.reminder.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import uk.apassure.base.time.UkDates;
import uk.apassure.reminder.ReminderMailRow;
import uk.apassure.reminder.ReminderMailService;
import uk.apassure.security.Permission;
import uk.apassure.security.RequiresPermission;

/**
 * The reminder e-mails of the last 90 days (weekly digests, daily e-mails) and their state, for the
 * AP lead (their school) and administrators (the trust). "Sent" only once the mail server took it;
 * a failed one says why and when it is tried again.
 */
@Route("reminders")
@PageTitle("Reminder e-mails")
@Menu(title = "Reminder e-mails", order = 80, icon = "ENVELOPE_O")
@RequiresPermission(Permission.REMINDER_READ)
public class ReminderMailsView extends VerticalLayout {

    final Grid<ReminderMailRow> grid = new Grid<>(ReminderMailRow.class, false);

    public ReminderMailsView(ReminderMailService reminders) {
        addClassName("reminder-mails-view");
        Paragraph intro = new Paragraph("Each AP lead gets a weekly digest of what is due soon or overdue, and a daily"
                + " e-mail when something becomes overdue or needs review. Each is sent once.");
        intro.addClassName("hint");
        grid.addColumn(row -> row.kind().label() + " " + UkDates.date(row.period())).setHeader("E-mail")
                .setFlexGrow(2);
        grid.addColumn(ReminderMailRow::recipient).setHeader("To").setFlexGrow(2);
        grid.addColumn(ReminderMailRow::itemCount).setHeader("Things listed");
        grid.addComponentColumn(ReminderMailsView::state).setHeader("State").setFlexGrow(3);
        // the state says why a mail was not sent: it wraps rather than being cut off on a tablet
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> reminders.recent(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No reminder e-mails in the last 90 days.");
        add(intro, grid);
        setSizeFull();
    }

    static Span state(ReminderMailRow row) {
        Span state = new Span(describe(row));
        state.addClassName("reminder-state-" + row.state().name().toLowerCase(java.util.Locale.ROOT));
        return state;
    }

    /** Plain words; the reason is the sender's own wording (never a provider's text). */
    static String describe(ReminderMailRow row) {
        return switch (row.state()) {
            case QUEUED -> "Queued";
            case SENT -> "Sent " + UkDates.dateTime(row.sentAt());
            case RETRYING -> "Not sent yet: " + row.lastError() + ". Trying again " + UkDates.dateTime(row.nextAttemptAt())
                    + " (" + row.attempts() + (row.attempts() == 1 ? " try" : " tries") + " so far)";
            case FAILED -> "Failed: " + row.lastError();
        };
    }
}
