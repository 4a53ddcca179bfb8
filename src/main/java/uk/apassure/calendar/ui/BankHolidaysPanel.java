package uk.apassure.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.base.ui.Notices;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.CalendarService.Holiday;

/**
 * England and Wales bank holidays: shipped for 2025-2030, for every trust; an administrator or trust
 * lead adds later ones for their own trust's schools.
 */
class BankHolidaysPanel extends Details {

    final Grid<Holiday> grid = new Grid<>(Holiday.class, false);

    BankHolidaysPanel(CalendarService calendars, LocalDate today, boolean canAdd) {
        setSummaryText("Bank holidays (England and Wales)");
        addClassName("bank-holidays");
        grid.addColumn(h -> UkDates.date(h.date())).setHeader("Date").setWidth("10.5em").setFlexGrow(0);
        grid.addColumn(Holiday::name).setHeader("Bank holiday");
        grid.setAllRowsVisible(true);
        grid.setItems(calendars.bankHolidays());
        add(grid);
        if (canAdd) {
            DatePicker date = DateFields.date("Date", today);
            TextField name = new TextField("Name");
            FieldChecks.maxLength(name, 100);
            Div row = new Div(date, name);
            Button add = new Button("Add bank holiday", click -> {
                if (!FieldChecks.refused(row).isEmpty()) {
                    Notices.problem("Nothing was added: a field needs a change; it says what.");
                } else if (date.getValue() == null) {
                    Notices.problem("Enter the date of the bank holiday.");
                } else if (Attempt.run("Someone added it at the same time.",
                        () -> calendars.addBankHoliday(date.getValue(), name.getValue()))) {
                    Notices.saved("Added " + UkDates.date(date.getValue()));
                    grid.setItems(calendars.bankHolidays());
                    date.clear();
                    name.clear();
                }
            });
            row.add(add);
            row.addClassName("filter-bar");
            Span scope = new Span("A day you add is a bank holiday for your trust's schools only.");
            scope.addClassName("hint");
            add(row, scope);
        }
    }
}
