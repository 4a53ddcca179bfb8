package uk.apassure.compare.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.apassure.compare.Measure;
import uk.apassure.compare.Measures;
import uk.apassure.provider.ProviderType;

/**
 * The providers × measures grid: every column sorts, and a filter works on the name, the type and
 * any one measure at a time ("Attendance % at most 80"). The rows are the provider aggregates of one
 * query, so the grid holds them all (one row per provider) and sorts them in memory.
 */
class ProvidersPanel extends Div {

    final Grid<Measures> grid = new Grid<>();
    final TextField name = new TextField("Provider");
    final Select<ProviderType> type = new Select<>();
    final Select<Measure> measure = new Select<>();
    final Select<String> bound = new Select<>();
    final BigDecimalField value = new BigDecimalField("Value");
    /** Measures left out of the default columns (the "Columns" menu shows them), with the provider's type. */
    private static final List<Measure> HIDDEN_AT_FIRST = List.of(Measure.CONCERNS_LAST_YEAR, Measure.REINTEGRATED,
            Measure.QUALIFICATIONS, Measure.DESTINATIONS, Measure.COST_PER_WEEK, Measure.REGISTRATION_TRIGGER);

    private ListDataProvider<Measures> rows = new ListDataProvider<>(List.of());

    private final Runnable filtered;

    ProvidersPanel(Consumer<@Nullable Measures> opened, Runnable filtered) {
        this.filtered = filtered;
        addClassName("compare-providers");
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        type.setLabel("Type");
        type.setItems(ProviderType.values());
        type.setItemLabelGenerator(t -> t == null ? "Any type" : t.label());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any type");
        measure.setLabel("Measure");
        measure.setItems(Arrays.stream(Measure.values()).filter(m -> m != Measure.LATEST_AUDIT).toList());
        measure.setItemLabelGenerator(m -> m == null ? "No measure filter" : m.heading());
        measure.setEmptySelectionAllowed(true);
        measure.setEmptySelectionCaption("No measure filter");
        bound.setLabel("Is");
        bound.setItems("at least", "at most");
        bound.setValue("at least");
        value.setClearButtonVisible(true);
        value.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> filter());
        type.addValueChangeListener(e -> filter());
        measure.addValueChangeListener(e -> filter());
        bound.addValueChangeListener(e -> filter());
        value.addValueChangeListener(e -> filter());
        Div filters = new Div(name, type, measure, bound, value);
        filters.addClassName("compare-filters");

        grid.addClassName("compare-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Measures::providerName).setKey("provider").setHeader("Provider")
                .setComparator(m -> m.providerName().toLowerCase(Locale.ROOT)).setFrozen(true).setWidth("9.5em")
                .setFlexGrow(0);
        grid.addColumn(m -> m.type() == null ? "" : m.type().label()).setKey("type").setHeader("Type")
                .setComparator(m -> m.type() == null ? "" : m.type().label()).setWidth("10em").setFlexGrow(1)
                .setResizable(true).setVisible(false);
        MeasureColumns.add(grid, Arrays.asList(Measure.values()));
        HIDDEN_AT_FIRST.forEach(m -> grid.getColumnByKey(MeasureColumns.key(m)).setVisible(false));
        grid.setAllRowsVisible(false);
        grid.asSingleSelect().addValueChangeListener(e -> opened.accept(e.getValue()));
        filters.add(columnChooser());
        add(filters, grid);
    }

    /**
     * "Columns": every column but the provider's can be shown or hidden. The default set fits a laptop
     * screen (1366 pixels) without scrolling sideways; the others are a click away.
     */
    private Button columnChooser() {
        Button button = new Button("Columns", VaadinIcon.GRID_V.create());
        button.addClassName("compare-columns");
        button.getElement().setAttribute("aria-haspopup", "menu");
        ContextMenu menu = new ContextMenu(button);
        menu.setOpenOnClick(true);
        menu.addClassName("compare-columns-menu");
        for (Grid.Column<Measures> column : grid.getColumns()) {
            if (column.getKey().equals("provider")) {
                continue;
            }
            String heading = column.getKey().equals("type") ? "Type"
                    : Arrays.stream(Measure.values()).filter(m -> MeasureColumns.key(m).equals(column.getKey()))
                            .findFirst().map(Measure::heading).orElse(column.getKey());
            MenuItem item = menu.addItem(heading, e -> column.setVisible(e.getSource().isChecked()));
            item.setCheckable(true);
            item.setChecked(column.isVisible());
        }
        return button;
    }

    void show(List<Measures> providers) {
        rows = new ListDataProvider<>(providers);
        grid.setItems(rows);
        filter();
    }

    /** The rows the filters let through, in the grid's order. */
    List<Measures> shown() {
        return rows.fetch(new com.vaadin.flow.data.provider.Query<>(0, Integer.MAX_VALUE, List.of(),
                null, rows.getFilter())).toList();
    }

    private void filter() {
        String text = name.getValue().trim().toLowerCase(Locale.ROOT);
        ProviderType kind = type.getValue();
        Measure by = measure.getValue();
        BigDecimal limit = value.getValue();
        boolean atLeast = "at least".equals(bound.getValue());
        rows.setFilter(row -> (text.isEmpty() || row.providerName().toLowerCase(Locale.ROOT).contains(text))
                && (kind == null || kind == row.type())
                && (by == null || limit == null || within(by.number(row), limit, atLeast)));
        filtered.run();
    }

    private static boolean within(@Nullable BigDecimal number, BigDecimal limit, boolean atLeast) {
        return number != null && (atLeast ? number.compareTo(limit) >= 0 : number.compareTo(limit) <= 0);
    }
}
