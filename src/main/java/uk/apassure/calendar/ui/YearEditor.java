package uk.apassure.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.calendar.AcademicYear;
import uk.apassure.calendar.Closure;
import uk.apassure.calendar.ClosureKind;
import uk.apassure.calendar.HalfTerm;
import uk.apassure.calendar.YearPlan;

/**
 * One academic year's dates: six half-terms (first and last day) and the INSET days and other
 * closures inside them. A closure typed but not added is added when the year is saved.
 */
class YearEditor extends Div {

    final List<DatePicker[]> halves = new ArrayList<>();
    final DatePicker closureDate;
    final Select<ClosureKind> closureKind = new Select<>();
    final TextField closureReason = new TextField("Reason");
    private final Div closureList = new Div();
    private final List<Closure> closures = new ArrayList<>();
    private final AcademicYear year;
    private final long version;

    YearEditor(AcademicYear year, @Nullable YearPlan plan) {
        this.year = year;
        this.version = plan == null ? 0 : plan.version();
        addClassName("year-editor");
        add(new H3("Half-terms"));
        Div grid = new Div();
        grid.addClassName("half-terms");
        for (int i = 0; i < HalfTerm.PER_YEAR; i++) {
            DatePicker from = DateFields.date("First day", year.startsOn(), year.endsOn());
            DatePicker to = DateFields.date("Last day", year.startsOn(), year.endsOn());
            if (plan != null && plan.halfTerms().size() > i) {
                from.setValue(plan.halfTerms().get(i).startsOn());
                to.setValue(plan.halfTerms().get(i).endsOn());
            }
            Span name = new Span(HalfTerm.NAMES.get(i));
            name.addClassName("half-term-name");
            grid.add(name, from, to);
            halves.add(new DatePicker[] {from, to});
        }
        add(grid);

        add(new H3("INSET days and other closures"));
        Paragraph hint = new Paragraph("Weekdays inside a half-term when pupils do not attend. Bank holidays are"
                + " already known and need no entry.");
        hint.addClassName("hint");
        closureDate = DateFields.date("Date", year.startsOn(), year.endsOn());
        closureKind.setLabel("Kind");
        closureKind.setItems(ClosureKind.values());
        closureKind.setItemLabelGenerator(ClosureKind::label);
        closureKind.setValue(ClosureKind.INSET);
        FieldChecks.maxLength(closureReason, YearPlan.MAX_REASON);
        Button add = new Button("Add", VaadinIcon.PLUS.create(), click -> addTypedClosure());
        add.addClassName("add-closure");
        Div addRow = new Div(closureDate, closureKind, closureReason, add);
        addRow.addClassName("filter-bar");
        if (plan != null) {
            closures.addAll(plan.closures());
        }
        add(hint, closureList, addRow);
        showClosures();
    }

    /** The plan as typed, including a closure typed but not yet added. */
    YearPlan plan() {
        addTypedClosure();
        List<HalfTerm> halfTerms = new ArrayList<>();
        for (int i = 0; i < halves.size(); i++) {
            LocalDate from = halves.get(i)[0].getValue();
            LocalDate to = halves.get(i)[1].getValue();
            if (from != null && to != null) {
                halfTerms.add(new HalfTerm(i + 1, HalfTerm.NAMES.get(i), from, to));
            }
        }
        return new YearPlan(year, halfTerms, closures, version);
    }

    private void addTypedClosure() {
        LocalDate day = closureDate.getValue();
        if (day == null) {
            return;
        }
        closures.removeIf(c -> c.closedOn().equals(day));
        String reason = closureReason.getValue().strip();
        closures.add(new Closure(day, closureKind.getValue(),
                reason.isEmpty() && closureKind.getValue() == ClosureKind.INSET ? "Staff training" : reason));
        closureDate.clear();
        closureReason.clear();
        showClosures();
    }

    private void showClosures() {
        closureList.removeAll();
        closures.sort(java.util.Comparator.comparing(Closure::closedOn));
        if (closures.isEmpty()) {
            closureList.add(new Paragraph("No closures yet."));
        }
        for (Closure closure : List.copyOf(closures)) {
            Span text = new Span(UkDates.date(closure.closedOn()) + " · " + closure.kind().label()
                    + (closure.reason().isEmpty() ? "" : " · " + closure.reason()));
            Button remove = new Button("Remove", click -> {
                closures.remove(closure);
                showClosures();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove " + UkDates.date(closure.closedOn()));
            Div row = new Div(text, remove);
            row.addClassName("closure-row");
            closureList.add(row);
        }
    }
}
