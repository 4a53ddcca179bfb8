package uk.apassure.visit.ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import uk.apassure.base.time.UkDates;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.Role;
import uk.apassure.visit.VisitFilter;
import uk.apassure.visit.VisitRow;
import uk.apassure.visit.VisitService;

/**
 * Visit logs in the user's scope, lazily from MariaDB, with filters; {@code ?concerns=open} opens
 * with "open concerns only" (the dashboard's link). Governors get counts only.
 */
@Route("visits")
@PageTitle("Visits")
@Menu(title = "Visits", order = 3, icon = "CLIPBOARD_CHECK")
@RolesAllowed({Role.Names.AP_LEAD, Role.Names.VISITOR, Role.Names.DSL, Role.Names.SLT, Role.Names.HEADTEACHER,
        Role.Names.TRUST_LEAD, Role.Names.GOVERNOR})
public class VisitListView extends VerticalLayout implements BeforeEnterObserver {


    private final VisitService visits;
    private final ProviderService providers;
    private final AccessGuard access;
    private final Grid<VisitRow> grid = new Grid<>(VisitRow.class, false);

    public VisitListView(VisitService visits, ProviderService providers, AccessGuard access) {
        this.visits = visits;
        this.providers = providers;
        this.access = access;
        addClassName("visit-list-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (!access.isPermitted(Permission.VISIT_READ)) {
            add(new VisitCountsPanel(visits.counts()));
            return;
        }
        boolean openConcerns = event.getLocation().getQueryParameters().getSingleParameter("concerns")
                .filter("open"::equals).isPresent();
        VisitFilter initial = VisitFilter.ANY.withOpenConcern(openConcerns);
        VisitFilters filters = new VisitFilters(providers, initial, this::show);
        if (access.isPermitted(Permission.VISIT_RECORD)) {
            Button start = new Button("New visit", VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(VisitNewView.class)));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.addClassName("new-visit");
            filters.addComponentAsFirst(start);
        }
        configureGrid();
        add(filters, grid);
        show(initial);
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.addClassName("visit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> UkDates.dateTime(row.visitedAt())).setHeader("When")
                .setKey("visitedAt").setSortProperty("visitedAt").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(VisitRow::providerName).setHeader("Provider").setKey("providerName")
                .setSortProperty("providerName").setWidth("9rem").setFlexGrow(3);
        grid.addColumn(row -> row.type() == null ? "–" : row.type().label()).setHeader("Type").setKey("type")
                .setSortProperty("type").setWidth("7rem").setFlexGrow(1);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setKey("status").setSortProperty("status")
                .setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(VisitListView::concern).setHeader("Concern").setKey("concern").setWidth("6.5rem")
                .setFlexGrow(0);
        grid.setEmptyStateText("No visits match these filters.");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(VisitView.class, click.getItem().id())));
        grid.setSizeFull();
    }

    private static Span concern(VisitRow row) {
        Span badge = new Span(row.hasOpenConcern() ? "Open" : "");
        if (row.hasOpenConcern()) {
            badge.addClassNames("status-badge", "status-do-not-use");
        }
        return badge;
    }

    private void show(VisitFilter filter) {
        grid.setItems(query -> visits.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) visits.count(filter));
    }
}
