package uk.apassure.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.base.ui.Notices;
import uk.apassure.calendar.AcademicYear;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.CalendarYear;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.YearPlan;
import uk.apassure.organisation.SchoolService;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.security.RequiresPermission;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * School calendars for administrators and trust leads: pick a school and an academic year, type
 * its half-terms and closures, save, and copy the year to the trust's other schools.
 */
@Route("admin/calendars")
@PageTitle("School calendars")
@Menu(title = "School calendars", order = 92, icon = "CALENDAR")
@RequiresPermission(Permission.CALENDAR_MANAGE)
public class CalendarsView extends VerticalLayout {

    final Select<SchoolSummary> school = new Select<>();
    final Select<AcademicYear> year = new Select<>();
    final Button save = new Button("Save this year");
    final Button copy = new Button("Copy to other schools…");
    final Paragraph summary = new Paragraph();
    private final Div editorSlot = new Div();
    private final CalendarService calendars;
    private final LocalDate today;
    private List<YearPlan> plans = List.of();
    @Nullable YearEditor editor;

    public CalendarsView(CalendarService calendars, SchoolService schools, AccessGuard access, Clock clock) {
        this.calendars = calendars;
        this.today = LocalDate.now(clock);
        addClassName("calendars-view");
        school.setLabel("School");
        school.setItems(schools.trustSchools());
        school.setItemLabelGenerator(SchoolSummary::name);
        year.setLabel("Academic year");
        summary.addClassName("hint");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        copy.addClickListener(click -> copyDialog(schools.trustSchools()).open());
        Div pickers = new Div(school, year);
        pickers.addClassName("filter-bar");
        Div actions = new Div(save, copy);
        actions.addClassName("card-actions");
        add(new H2("School calendars"), new Paragraph("Every school day, half-term and session in AP Assure is"
                + " counted from these dates and the bank holidays below."), pickers, summary, editorSlot, actions,
                new BankHolidaysPanel(calendars, today, access.isPermitted(Permission.CALENDAR_MANAGE)));
        school.addValueChangeListener(e -> loadSchool());
        year.addValueChangeListener(e -> showYear());
        school.getListDataView().getItems().findFirst().ifPresent(school::setValue);
    }

    private void loadSchool() {
        plans = calendars.plans(school.getValue().id());
        AcademicYear current = AcademicYear.of(today);
        List<AcademicYear> years = Stream.concat(plans.stream().map(YearPlan::year),
                Stream.of(current, current.next())).distinct().sorted().toList();
        year.setItems(years);
        year.setItemLabelGenerator(y -> y.label() + (plan(y).isPresent() ? "" : " (not set up)"));
        year.setValue(current);
    }

    private void showYear() {
        editorSlot.removeAll();
        if (year.getValue() == null) {
            return;
        }
        Optional<YearPlan> plan = plan(year.getValue());
        editor = new YearEditor(year.getValue(), plan.orElse(null));
        editorSlot.add(editor);
        copy.setEnabled(plan.isPresent());
        summary.setText(plan.isPresent() ? summaryOf(year.getValue())
                : year.getValue().label() + " is not set up yet for " + school.getValue().name()
                        + ": rules that count school days in it will say so until it is.");
    }

    private String summaryOf(AcademicYear shown) {
        try {
            CalendarYear calendarYear = calendars.calendarOf(school.getValue().id()).yearOf(shown.startsOn());
            return shown.label() + " at " + school.getValue().name() + ": " + calendarYear.schoolDays()
                    + " school days.";
        } catch (NoCalendar e) {
            return e.getMessage();
        }
    }

    private Optional<YearPlan> plan(AcademicYear wanted) {
        return plans.stream().filter(p -> p.year().equals(wanted)).findFirst();
    }

    private void save() {
        if (editor == null) {
            return;
        }
        int refused = FieldChecks.refused(editor).size();
        if (refused > 0) {
            Notices.problem("Nothing was saved: " + (refused == 1 ? "one date needs" : refused + " dates need")
                    + " a change; each says what.");
            return;
        }
        YearPlan typed = editor.plan();
        if (Attempt.run("Someone else saved this year first; reload to see their dates.",
                () -> calendars.save(school.getValue().id(), typed))) {
            Notices.saved("Saved " + typed.year().label() + " for " + school.getValue().name());
            AcademicYear shown = typed.year();
            loadSchool();
            year.setValue(shown);
        }
    }

    private EditDialog copyDialog(List<SchoolSummary> all) {
        CheckboxGroup<SchoolSummary> targets = new CheckboxGroup<>("Copy " + year.getValue().label() + " of "
                + school.getValue().name() + " to");
        targets.setItems(all.stream().filter(s -> s.id() != school.getValue().id()).toList());
        targets.setItemLabelGenerator(SchoolSummary::name);
        Paragraph warning = new Paragraph("The chosen schools' own dates for " + year.getValue().label()
                + " are replaced.");
        warning.addClassName("hint");
        return new EditDialog("Copy to other schools", new Div(targets, warning), "Copy", () -> {
            List<Long> ids = targets.getSelectedItems().stream().map(SchoolSummary::id).toList();
            if (ids.isEmpty()) {
                Notices.problem("Choose at least one school.");
                return false;
            }
            boolean copied = Attempt.run("Someone changed a calendar at the same time; try again.",
                    () -> calendars.copy(school.getValue().id(), year.getValue(), ids));
            if (copied) {
                Notices.saved("Copied to " + ids.size() + (ids.size() == 1 ? " school" : " schools"));
            }
            return copied;
        });
    }
}
