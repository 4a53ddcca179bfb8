package uk.apassure.dataprotection.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import uk.apassure.base.time.UkDates;
import uk.apassure.dataprotection.RetentionReport;
import uk.apassure.dataprotection.RetentionRun;
import uk.apassure.dataprotection.RetentionSettings;
import uk.apassure.security.Permission;
import uk.apassure.security.RequiresPermission;

/** What the retention schedule did, run by run, for administrators: counts only, never a pupil. */
@Route("admin/retention")
@PageTitle("Retention")
@Menu(title = "Retention", order = 94, icon = "ARCHIVE")
@RequiresPermission(Permission.RETENTION_READ)
public class RetentionView extends VerticalLayout {

    public RetentionView(RetentionRun retention, RetentionSettings settings) {
        addClassName("retention-view");
        Grid<RetentionReport> grid = new Grid<>(RetentionReport.class, false);
        grid.addColumn(run -> UkDates.dateTime(run.ranAt())).setHeader("Ran (UK time)").setFlexGrow(2);
        grid.addColumn(run -> UkDates.date(run.asOf())).setHeader("Ages judged on").setFlexGrow(2);
        grid.addColumn(RetentionReport::pupilsAnonymised).setHeader("Pupils anonymised").setFlexGrow(1);
        grid.addColumn(RetentionReport::concernsAnonymised).setHeader("Concerns anonymised").setFlexGrow(1);
        grid.addColumn(RetentionReport::securityEventsDeleted).setHeader("Security events deleted").setFlexGrow(1);
        grid.addColumn(RetentionReport::reminderMailsDeleted).setHeader("Reminder e-mails deleted").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("The schedule has not run yet.");
        grid.addClassName("retention-grid");
        grid.setItems(retention.recent(100));
        Paragraph schedule = new Paragraph("Schedule: pupils' names, UPN and date of birth replaced "
                + years(settings.placements()) + " after their last placement ended; safeguarding concerns' text "
                + "removed " + years(settings.safeguardingConcerns()) + " after the visit; security log kept "
                + years(settings.securityLog()) + "; reminder e-mails kept " + years(settings.reminderMails())
                + ". " + (settings.enabled() ? "Applied every day." : "The daily job is switched off."));
        schedule.addClassName("retention-schedule");
        Paragraph hint = new Paragraph("The last 100 runs, newest first, for every trust.");
        hint.addClassName("hint");
        add(new H2("Retention"), schedule, grid, hint);
    }

    private static String years(java.time.Period period) {
        if (period.getMonths() == 0 && period.getDays() == 0) {
            return period.getYears() == 1 ? "1 year" : period.getYears() + " years";
        }
        return period.toString();
    }
}
