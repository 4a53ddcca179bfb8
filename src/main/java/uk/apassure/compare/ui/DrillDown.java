package uk.apassure.compare.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;
import uk.apassure.compare.ComparePeriod;
import uk.apassure.compare.CompareService;
import uk.apassure.compare.HalfTermPoint;
import uk.apassure.compare.Measure;
import uk.apassure.compare.Measures;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * One provider school by school (a school leader sees their own school's line only), with links to
 * the records behind the numbers as far as the user may open them, and the provider's trend by
 * half-term.
 */
class DrillDown extends Div {

    private final CompareService compare;
    private final AccessGuard access;

    DrillDown(CompareService compare, AccessGuard access) {
        this.compare = compare;
        this.access = access;
        addClassName("compare-drill-down");
        setVisible(false);
    }

    void show(Measures provider, ComparePeriod period) {
        removeAll();
        long providerId = java.util.Objects.requireNonNull(provider.providerId());
        H2 title = new H2(provider.providerName() + " by school");
        Anchor page = new Anchor("providers/" + providerId, "Provider page: audits, visits, certificates");
        page.addClassName("compare-provider-link");
        add(title, new Paragraph(period.label() + ". The latest audit is the provider's, shared across the trust: "
                + Measure.LATEST_AUDIT.text(provider) + "."), page);

        Grid<Measures> schools = new Grid<>();
        schools.addClassName("compare-school-grid");
        schools.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        schools.addColumn(Measures::schoolName).setKey("school").setHeader("School").setFrozen(true)
                .setAutoWidth(true);
        schools.addComponentColumn(row -> records(providerId, row)).setKey("records").setHeader("Records")
                .setAutoWidth(true);
        MeasureColumns.add(schools, Arrays.stream(Measure.values())
                .filter(m -> !m.providerOnly() && m != Measure.SCHOOLS && m != Measure.RENEWALS_OVERDUE
                        && m != Measure.REGISTRATION_TRIGGER).toList());
        List<Measures> rows = compare.bySchool(providerId, period);
        schools.setItems(rows);
        schools.setAllRowsVisible(true);
        add(schools);

        List<HalfTermPoint> points = compare.trend(providerId, period);
        ChartPanel trend = new ChartPanel("Trend by half-term: " + provider.providerName(), "compare-trend");
        trend.show(Charts.trend(points), List.of("Half-term", "Placements", "Attendance %", "Reviews on time %"),
                points.stream().map(p -> List.of(p.label(), String.valueOf(p.placements()),
                        Charts.percent(p.attendancePercent()), Charts.percent(p.reviewsOnTimePercent()))).toList());
        add(trend);
        setVisible(true);
    }

    private Div records(long providerId, Measures row) {
        Div links = new Div();
        links.addClassName("compare-records");
        String query = "?provider=" + providerId + "&school=" + row.schoolId();
        if (access.isPermitted(Permission.PLACEMENT_READ)) {
            links.add(new Anchor("placements" + query, "Placements"));
        }
        if (access.isPermitted(Permission.VISIT_READ)) {
            links.add(new Anchor("visits" + query, "Visits"));
        }
        return links;
    }
}
