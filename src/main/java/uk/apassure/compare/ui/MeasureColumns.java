package uk.apassure.compare.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.apassure.compare.Measure;
import uk.apassure.compare.Measures;

/**
 * The measure columns of a grid of {@link Measures}: sortable by their number, an empty measure last;
 * narrow, with the measure's short heading (its full heading as the tooltip and the accessible name),
 * so that the providers grid's default columns fit a 1366-pixel laptop screen.
 */
final class MeasureColumns {

    /** A number column: room for four digits or "100.0" and a two-line short heading. */
    private static final String NUMBER_WIDTH = "6.5em";
    private static final String AUDIT_WIDTH = "7.5em";

    private MeasureColumns() {}

    static String key(Measure measure) {
        return measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static void add(Grid<Measures> grid, List<Measure> measures) {
        for (Measure measure : measures) {
            Span heading = new Span(measure.shortHeading());
            if (!measure.shortHeading().equals(measure.heading())) {
                heading.getElement().setAttribute("aria-label", measure.heading());
                Tooltip.forComponent(heading).setText(measure.heading());
            }
            grid.addColumn(measure::text)
                    .setKey(key(measure))
                    .setHeader(heading)
                    .setComparator(Comparator.comparing(measure::number,
                            Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())))
                    .setTextAlign(measure == Measure.LATEST_AUDIT ? ColumnTextAlign.START : ColumnTextAlign.END)
                    .setWidth(measure == Measure.LATEST_AUDIT ? AUDIT_WIDTH : NUMBER_WIDTH)
                    .setFlexGrow(1)
                    .setResizable(true);
        }
    }
}
