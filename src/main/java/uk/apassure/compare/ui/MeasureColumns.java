package uk.apassure.compare.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.apassure.compare.Measure;
import uk.apassure.compare.Measures;

/** The measure columns of a grid of {@link Measures}: sortable by their number, an empty measure last. */
final class MeasureColumns {

    private MeasureColumns() {}

    static String key(Measure measure) {
        return measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static void add(Grid<Measures> grid, List<Measure> measures) {
        for (Measure measure : measures) {
            grid.addColumn(measure::text)
                    .setKey(key(measure))
                    .setHeader(measure.heading())
                    .setComparator(Comparator.comparing(measure::number,
                            Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())))
                    .setTextAlign(measure == Measure.LATEST_AUDIT ? ColumnTextAlign.START : ColumnTextAlign.END)
                    .setAutoWidth(true)
                    .setResizable(true);
        }
    }
}
