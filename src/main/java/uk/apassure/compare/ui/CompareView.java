package uk.apassure.compare.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.FileDownload;
import uk.apassure.compare.CompareExports;
import uk.apassure.compare.ComparePeriod;
import uk.apassure.compare.CompareService;
import uk.apassure.compare.Measure;
import uk.apassure.compare.Measures;
import uk.apassure.security.Permission;
import uk.apassure.security.RequiresPermission;
import uk.apassure.security.AccessGuard;

/**
 * {@code /compare}: the trust's providers measure by measure over a period (trust leads; SLT and
 * headteachers their own school's), a provider's drill-down by school, up to four side by side,
 * charts with their tables, and the grid as CSV or the page as PDF. Governors see the same measures
 * by school and provider type.
 */
@Route(CompareView.PATH)
@PageTitle("Compare providers")
@Menu(title = "Compare", order = 8, icon = "BAR_CHART")
@RequiresPermission(Permission.COMPARE_AGGREGATE)
public class CompareView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "compare";
    /** Bars of more providers than this would be unreadable: the chart shows the first ones of the grid's filter. */
    static final int MOST_BARS = 25;

    private final CompareService compare;
    private final CompareExports exports;
    private final AccessGuard access;
    private final Select<ComparePeriod> period = new Select<>();
    private final Anchor csv = new Anchor();
    private final Anchor pdf = new Anchor();
    private final Paragraph dates = new Paragraph();
    private final Div body = new Div();
    private @Nullable ProvidersPanel providers;
    private @Nullable DrillDown drillDown;
    private @Nullable SideBySide sideBySide;
    private final ChartPanel attendance = new ChartPanel("Attendance % per provider", "compare-attendance-chart");
    private final ChartPanel visits = new ChartPanel("Visits within cadence today, % per provider",
            "compare-visits-chart");
    private final ChartPanel rag = new ChartPanel("Providers used by each school, by latest audit rating",
            "compare-rag-chart");

    public CompareView(CompareService compare, CompareExports exports, AccessGuard access) {
        this.compare = compare;
        this.exports = exports;
        this.access = access;
        addClassName("compare-view");
        setWidthFull();
        body.addClassName("compare-body");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (period.getListDataView().getItemCount() > 0) {
            return;
        }
        List<ComparePeriod> periods = compare.periods();
        period.setLabel("Period");
        period.setItems(periods);
        period.setItemLabelGenerator(ComparePeriod::label);
        period.addClassName("compare-period");
        csv.setText("Download CSV");
        csv.addClassName("compare-csv");
        pdf.setText("Download PDF");
        pdf.addClassName("compare-pdf");
        Div bar = new Div(period, csv, pdf);
        bar.addClassName("compare-toolbar");
        dates.addClassName("hint");
        add(new H1("Compare providers"), bar, dates, body);
        if (compare.comparesProviders()) {
            buildProviders();
        } else {
            buildAggregates();
        }
        period.addValueChangeListener(e -> refresh());
        period.setValue(periods.getFirst());
    }

    private void buildProviders() {
        DrillDown down = new DrillDown(compare, access);
        SideBySide side = new SideBySide();
        ProvidersPanel panel = new ProvidersPanel(row -> {
            if (row != null) {
                down.show(row, period.getValue());
                side.include(row);
                down.scrollIntoView();
            }
        }, this::drawProviderCharts);
        panel.grid.addSortListener(e -> drawProviderCharts());
        providers = panel;
        drillDown = down;
        sideBySide = side;
        Div charts = new Div(attendance, visits, rag);
        charts.addClassName("compare-charts");
        body.add(panel, down, side, charts);
    }

    private void buildAggregates() {
        body.add(new Paragraph("Governors see the measures by school and type of provider: never a provider's"
                + " pupils."));
    }

    private void refresh() {
        ComparePeriod chosen = period.getValue();
        dates.setText(UkDates.date(chosen.from()) + " to " + UkDates.date(chosen.to())
                + ". Visits within cadence are as of today (003: a visit a month or every ten sessions).");
        csv.setHref(FileDownload.of(() -> exports.csv(chosen.key()), "provider-comparison.csv", "text/csv"));
        csv.setTarget(AnchorTarget.DEFAULT);
        csv.getElement().setAttribute("download", true);
        pdf.setHref(FileDownload.of(() -> exports.pdf(chosen.key()), "provider-comparison.pdf", "application/pdf"));
        pdf.getElement().setAttribute("download", true);
        List<Measures> schools = compare.schools(chosen);
        rag.show(Charts.ragBySchool(schools), List.of("School", "Green", "Amber", "Red", "Not audited"),
                schools.stream().map(s -> List.of(s.schoolName(), "" + s.green(), "" + s.amber(), "" + s.red(),
                        "" + s.unaudited())).toList());
        if (providers != null && sideBySide != null && drillDown != null) {
            List<Measures> rows = compare.providers(chosen);
            providers.show(rows);
            sideBySide.show(rows);
            drillDown.setVisible(false);
            providers.grid.deselectAll();
            drawProviderCharts();
        } else {
            showAggregates(chosen);
        }
    }

    private void showAggregates(ComparePeriod chosen) {
        body.getChildren().filter(c -> c instanceof Grid || c instanceof ChartPanel).toList().forEach(body::remove);
        Grid<Measures> grid = new Grid<>();
        grid.addClassName("compare-governor-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Measures::schoolName).setKey("school").setHeader("School").setSortable(true).setAutoWidth(true);
        grid.addColumn(m -> m.type() == null ? "" : m.type().label()).setKey("type").setHeader("Provider type")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(Measures::providers).setKey("providers").setHeader("Providers").setSortable(true)
                .setAutoWidth(true);
        MeasureColumns.add(grid, Arrays.stream(Measure.values()).filter(m -> !m.providerOnly()).toList());
        grid.setItems(compare.bySchoolAndType(chosen));
        grid.setAllRowsVisible(true);
        body.add(grid, rag);
    }

    /** The bar charts follow the grid: its filter and its order, the first {@link #MOST_BARS} providers. */
    private void drawProviderCharts() {
        if (providers == null) {
            return;
        }
        List<Measures> shown = providers.shown();
        List<Measures> sorted = providers.grid.getSortOrder().isEmpty() ? shown
                : shown.stream().sorted(providers.grid.getSortOrder().getFirst().getSorted()
                        .getComparator(providers.grid.getSortOrder().getFirst().getDirection())).toList();
        List<Measures> bars = sorted.stream().limit(MOST_BARS).toList();
        List<String> names = bars.stream().map(Measures::providerName).toList();
        BigDecimal averageAttendance = average(shown, Measures::attended, Measures::counted);
        BigDecimal averageVisits = average(shown, Measures::withinCadence, Measures::cadencePlacements);
        attendance.show(Charts.percentBars(names, bars.stream().map(Measures::attendancePercent).toList(),
                "Attendance %", averageAttendance, averageLabel()), List.of("Provider", "Attendance %", "Sessions counted"),
                Charts.rows(names, List.of(bars.stream().map(m -> Charts.percent(m.attendancePercent())).toList(),
                        bars.stream().map(m -> "" + m.counted()).toList())));
        visits.show(Charts.percentBars(names, bars.stream().map(Measures::visitCompliancePercent).toList(),
                "Visits within cadence %", averageVisits, averageLabel()),
                List.of("Provider", "Visits within cadence %", "Active placements"),
                Charts.rows(names, List.of(bars.stream().map(m -> Charts.percent(m.visitCompliancePercent())).toList(),
                        bars.stream().map(m -> "" + m.cadencePlacements()).toList())));
    }

    private String averageLabel() {
        return access.isPermitted(uk.apassure.security.Permission.TRUST_WIDE) ? "Trust average" : "School average";
    }

    /** The trust's (or school's) figure over the rows shown: the sums of their counts, not an average of percentages. */
    private static @Nullable BigDecimal average(List<Measures> rows, java.util.function.ToLongFunction<Measures> part,
            java.util.function.ToLongFunction<Measures> whole) {
        return Measures.percent(rows.stream().mapToLong(part).sum(), rows.stream().mapToLong(whole).sum());
    }
}
