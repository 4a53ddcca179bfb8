package uk.apassure.visit.ui;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.AddressedGrid;
import uk.apassure.base.ui.ListAddress;
import uk.apassure.base.ui.WindowWidth;
import uk.apassure.organisation.SchoolService;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.RequiresPermission;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.visit.Judgement;
import uk.apassure.visit.VisitFilter;
import uk.apassure.visit.VisitRow;
import uk.apassure.visit.VisitService;
import uk.apassure.visit.VisitStatus;
import uk.apassure.visit.VisitType;

/**
 * Visit logs in the user's scope, lazily from MariaDB, with filters and sorting kept in the address
 * ({@code /visits?concerns=open&school=3&sort=visitedAt}), so Back returns to the same list and a
 * filtered list can be sent to a colleague. Governors get counts only.
 */
@Route(VisitListView.PATH)
@PageTitle("Visits")
@Menu(title = "Visits", order = 3, icon = "CALENDAR_USER")
@RequiresPermission({Permission.VISIT_READ, Permission.VISIT_COUNT})
public class VisitListView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "visits";
    static final String PROVIDER = "provider";
    static final String FROM = "from";
    static final String TO = "to";
    static final String TYPE = "type";
    static final String JUDGEMENT = "judgement";
    static final String STATUS = "status";
    static final String SCHOOL = "school";
    static final String CONCERNS = "concerns";
    static final String MINE = "mine";

    private final VisitService visits;
    private final ProviderService providers;
    private final SchoolService schools;
    private final AccessGuard access;
    private final Clock clock;
    private final Grid<VisitRow> grid = new Grid<>(VisitRow.class, false);
    private @Nullable VisitFilters filters;
    private @Nullable AddressedGrid<VisitRow, VisitFilter> list;
    private final Details filterPanel = new Details("Filters");

    public VisitListView(VisitService visits, ProviderService providers, SchoolService schools, AccessGuard access,
            Clock clock) {
        this.visits = visits;
        this.providers = providers;
        this.schools = schools;
        this.access = access;
        this.clock = clock;
        addClassName("visit-list-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.isPermitted(Permission.VISIT_READ)) {
            removeAll();
            add(new VisitCountsPanel(visits.counts()));
            return;
        }
        if (filters == null) {
            build();
        }
        ListAddress address = ListAddress.of(event.getLocation());
        VisitFilters fields = filters;
        list.restore(address, () -> fields.show(read(address)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // a phone keeps what tells the visits apart and what needs attention: when, where, status, concern
        WindowWidth.follow(event, this::fitColumns);
    }

    private void fitColumns(int windowWidth) {
        if (grid.getColumns().isEmpty()) {
            return;
        }
        boolean wholeTrust = access.isPermitted(Permission.TRUST_WIDE);
        boolean phone = windowWidth < 700;
        grid.getColumnByKey("summary").setVisible(phone);
        grid.getColumnByKey("visitedAt").setVisible(!phone);
        grid.getColumnByKey("providerName").setVisible(!phone);
        grid.getColumnByKey("type").setVisible(!phone);
        grid.getColumnByKey("visitors").setVisible(windowWidth >= 1000 || wholeTrust && !phone);
        grid.getColumnByKey("schoolName").setVisible(wholeTrust && !phone);
        // a phone shows the list first; the filters are one tap away
        filterPanel.setOpened(!phone);
    }

    private void build() {
        LocalDate today = LocalDate.now(clock);
        configureGrid();
        AddressedGrid<VisitRow, VisitFilter> rows = new AddressedGrid<>(grid, PATH, VisitFilter.ANY, visits::list,
                visits::count, VisitListView::address);
        list = rows;
        filters = new VisitFilters(providers, access.isPermitted(Permission.TRUST_WIDE) ? schools.visibleSchools()
                : java.util.List.of(), access.isPermitted(Permission.VISIT_RECORD), today, rows::apply);
        filterPanel.add(filters);
        filterPanel.addClassName("filter-panel");
        filterPanel.setOpened(true);
        if (access.isPermitted(Permission.VISIT_RECORD)) {
            Button start = new Button("New visit", VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(VisitNewView.class)));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.addClassName("new-visit");
            add(start);
        }
        add(filterPanel, grid);
    }

    private static VisitFilter read(ListAddress address) {
        return new VisitFilter(address.number(PROVIDER), address.date(FROM), address.date(TO),
                address.choice(TYPE, VisitType.class), address.choice(JUDGEMENT, Judgement.class),
                address.text(CONCERNS).filter("open"::equals).isPresent(), address.choice(STATUS, VisitStatus.class),
                address.number(SCHOOL), address.flag(MINE));
    }

    private void configureGrid() {
        grid.addClassName("visit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // text cells drawn in the browser (LitRenderer): no server-side components per row (issue 14)
        grid.addColumn(LitRenderer.<VisitRow>of("<div class=\"two-line-cell\"><span>${item.provider}</span>"
                        + "<span class=\"cell-note\">${item.when}</span></div>")
                        .withProperty("provider", VisitRow::providerName)
                        .withProperty("when", row -> UkDates.dateTime(row.visitedAt())))
                .setHeader("Visit").setKey("summary").setSortProperty("visitedAt").setWidth("8rem").setFlexGrow(1).setVisible(false);
        grid.addColumn(row -> UkDates.dateTime(row.visitedAt())).setHeader("When")
                .setKey("visitedAt").setSortProperty("visitedAt").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(VisitRow::providerName).setHeader("Provider").setKey("providerName")
                .setSortProperty("providerName").setWidth("8rem").setFlexGrow(3);
        grid.addColumn(VisitRow::schoolName).setHeader("School").setKey("schoolName")
                .setSortProperty("schoolName").setWidth("8rem").setFlexGrow(2)
                .setVisible(access.isPermitted(Permission.TRUST_WIDE));
        grid.addColumn(row -> row.type() == null ? "Not chosen yet" : row.type().label()).setHeader("Type")
                .setKey("type").setSortProperty("type").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(VisitRow::visitorNames).setHeader("Visitor").setKey("visitors")
                .setSortProperty("recordedByName").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setKey("status").setSortProperty("status")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<VisitRow>of("<span class=\"concern-state ${item.style}\">${item.concern}</span>")
                        .withProperty("concern", VisitRow::concernState)
                        .withProperty("style", VisitListView::concernStyle))
                .setHeader("Concern").setKey("concern").setWidth("6.5rem")
                .setFlexGrow(0);
        grid.setMultiSort(false);
        grid.setEmptyStateText("No visits match these filters.");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(VisitView.class, click.getItem().id())));
        grid.setSizeFull();
    }

    /** The concern cell's classes: an open concern reads as a red badge. */
    private static String concernStyle(VisitRow row) {
        String state = "concern-" + row.concernState().toLowerCase(java.util.Locale.ROOT);
        return row.hasOpenConcern() ? state + " status-badge status-do-not-use" : state;
    }

    private static ListAddress address(VisitFilter filter) {
        return ListAddress.empty().with(PROVIDER, filter.providerId()).with(FROM, filter.from()).with(TO, filter.to())
                .with(TYPE, filter.type()).with(JUDGEMENT, filter.judgement()).with(STATUS, filter.status())
                .with(SCHOOL, filter.schoolId()).with(CONCERNS, filter.openConcern() ? "open" : null)
                .with(MINE, filter.mine());
    }
}
