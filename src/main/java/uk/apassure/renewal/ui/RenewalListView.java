package uk.apassure.renewal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.AddressedGrid;
import uk.apassure.base.ui.ListAddress;
import uk.apassure.base.ui.Notices;
import uk.apassure.base.ui.WindowWidth;
import uk.apassure.organisation.SchoolService;
import uk.apassure.provider.ProviderService;
import uk.apassure.renewal.RenewalFilter;
import uk.apassure.renewal.RenewalItem;
import uk.apassure.renewal.RenewalKind;
import uk.apassure.renewal.RenewalService;
import uk.apassure.renewal.RenewalState;
import uk.apassure.security.RequiresPermission;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * Everything with an expiry or review date that the user's school relies on (the trust's for trust
 * leads), most urgent first, loaded a page at a time, with its filters and sort in the address
 * ({@code /renewals?state=overdue&kind=certificate}). "Renew" on a row, or on several selected rows
 * of one provider, opens one dialog for the new file and date.
 */
@Route(RenewalListView.PATH)
@PageTitle("Renewals")
@Menu(title = "Renewals", order = 2.5, icon = "CALENDAR_CLOCK")
@RequiresPermission(Permission.RENEWAL_READ)
public class RenewalListView extends VerticalLayout implements BeforeEnterObserver {

    public static final String PATH = "renewals";
    static final String STATE = "state";
    static final String KIND = "kind";
    static final String PROVIDER = "provider";
    static final String SCHOOL = "school";
    static final String OWNER = "owner";

    final Grid<RenewalItem> grid = new Grid<>(RenewalItem.class, false);
    final Button renewSelected = new Button("Renew selected", VaadinIcon.REFRESH.create());
    private final RenewalService renewals;
    private final ProviderService providers;
    private final SchoolService schools;
    private final AccessGuard access;
    private final Clock clock;
    private @Nullable RenewalFilters filters;
    private @Nullable AddressedGrid<RenewalItem, RenewalFilter> list;

    public RenewalListView(RenewalService renewals, ProviderService providers, SchoolService schools,
            AccessGuard access, Clock clock) {
        this.renewals = renewals;
        this.providers = providers;
        this.schools = schools;
        this.access = access;
        this.clock = clock;
        addClassName("renewal-list-view");
        setSizeFull();
    }

    /** The address of the list filtered as given, for links from the dashboard. */
    public static String href(RenewalFilter filter) {
        return address(filter).href(PATH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (filters == null) {
            build();
        }
        ListAddress address = ListAddress.of(event.getLocation());
        RenewalFilters fields = filters;
        list.restore(address, () -> fields.show(read(address)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        WindowWidth.follow(event, this::fitColumns);
    }

    /**
     * A tablet keeps what, provider, due date, state and the button (the school too for trust leads);
     * a laptop adds the owner; a phone what and its state, renewing being a job for a larger screen.
     */
    private void fitColumns(int windowWidth) {
        if (grid.getColumns().isEmpty()) {
            return;
        }
        boolean laptop = windowWidth >= 1200;
        boolean phone = windowWidth < 700;
        grid.getColumnByKey("school").setVisible(access.isPermitted(Permission.TRUST_WIDE) && !phone);
        grid.getColumnByKey("owner").setVisible(laptop);
        grid.getColumnByKey("provider").setVisible(!phone);
        grid.getColumnByKey("dueOn").setVisible(!phone);
        if (grid.getColumnByKey("action") != null) {
            grid.getColumnByKey("action").setVisible(!phone);
        }
    }

    private void build() {
        configureGrid();
        AddressedGrid<RenewalItem, RenewalFilter> rows = new AddressedGrid<>(grid, PATH, RenewalFilter.ANY,
                renewals::list, renewals::count, RenewalListView::address);
        list = rows;
        filters = new RenewalFilters(providers, access.isPermitted(Permission.TRUST_WIDE) ? schools.visibleSchools()
                : List.of(), renewals.owners(), rows::apply);
        Div actions = new Div();
        actions.addClassName("card-actions");
        if (access.isPermitted(Permission.RENEWAL_RENEW)) {
            renewSelected.addClassName("renew-selected");
            renewSelected.setEnabled(false);
            renewSelected.addClickListener(click -> renew(new ArrayList<>(grid.getSelectedItems())));
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(selection -> renewSelected.setEnabled(!selection.getAllSelectedItems().isEmpty()));
            actions.add(renewSelected);
        }
        Span due = new Span("Due soon: " + renewals.dueSoonDays() + " days before the date.");
        due.addClassName("hint");
        actions.add(due);
        add(actions, filters, grid);
        setFlexGrow(1, grid);
    }

    static RenewalFilter read(ListAddress address) {
        return new RenewalFilter(address.choice(STATE, RenewalState.class), address.choice(KIND, RenewalKind.class),
                address.number(PROVIDER), address.number(SCHOOL), address.number(OWNER));
    }

    static ListAddress address(RenewalFilter filter) {
        return ListAddress.empty().with(STATE, filter.state()).with(KIND, filter.kind())
                .with(PROVIDER, filter.providerId()).with(SCHOOL, filter.schoolId()).with(OWNER, filter.ownerId());
    }

    private void configureGrid() {
        grid.addClassName("renewal-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(RenewalListView::what).setHeader("What").setKey("what").setSortProperty("what")
                .setWidth("10rem").setFlexGrow(3);
        grid.addColumn(RenewalItem::providerName).setHeader("Provider").setKey("provider")
                .setSortProperty("provider").setWidth("8rem").setFlexGrow(2);
        grid.addColumn(row -> row.schoolName() == null ? "–" : row.schoolName()).setHeader("School").setKey("school")
                .setSortProperty("school").setWidth("8rem").setFlexGrow(1)
                .setVisible(access.isPermitted(Permission.TRUST_WIDE));
        grid.addColumn(row -> row.ownerName() == null ? "–" : row.ownerName()).setHeader("Owner").setKey("owner")
                .setSortProperty("owner").setWidth("7rem").setFlexGrow(1);
        grid.addColumn(row -> UkDates.date(row.dueOn())).setHeader("Due").setKey("dueOn").setSortProperty("dueOn")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addComponentColumn(RenewalListView::state).setHeader("State").setKey("state").setSortProperty("state")
                .setWidth("7.5rem").setFlexGrow(0);
        if (access.isPermitted(Permission.RENEWAL_RENEW)) {
            grid.addComponentColumn(this::action).setHeader("").setKey("action").setWidth("6.5rem").setFlexGrow(0);
        }
        grid.setMultiSort(false);
        grid.setEmptyStateText("Nothing with a date matches these filters.");
        grid.setSizeFull();
    }

    private static Component what(RenewalItem row) {
        Anchor link = new Anchor(row.href(), row.what());
        link.addClassName("renewal-what");
        Span kind = new Span(row.kind().label() + (row.renewedBy() == null ? ""
                : " · renewed by " + row.renewedBy() + " on " + UkDates.date(row.renewedAt())));
        kind.addClassName("renewal-kind");
        Div cell = new Div(link, kind);
        cell.addClassName("two-line-cell");
        return cell;
    }

    private static Span state(RenewalItem row) {
        Span badge = new Span(row.state().label());
        badge.addClassNames("status-badge", row.state().badgeClass(), "renewal-state");
        badge.getElement().setAttribute("data-state", ListAddress.slug(row.state()));
        return badge;
    }

    private Component action(RenewalItem row) {
        if (!row.kind().renewable()) {
            Anchor open = new Anchor(row.href(), "Open");
            open.addClassName("renewal-open");
            return open;
        }
        Button renew = new Button("Renew", click -> renew(List.of(row)));
        renew.addThemeVariants(ButtonVariant.LUMO_SMALL);
        renew.addClassName("renew-row");
        return renew;
    }

    void renew(List<RenewalItem> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (rows.stream().map(RenewalItem::providerId).distinct().count() > 1) {
            Notices.problem("The selected rows belong to different providers. Renew one provider's documents at a"
                    + " time: one file covers one provider.");
            return;
        }
        RenewForm.dialog(renewals, rows, LocalDate.now(clock), () -> {
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
        }).open();
    }
}
