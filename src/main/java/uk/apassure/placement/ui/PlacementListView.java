package uk.apassure.placement.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.AddressedGrid;
import uk.apassure.base.ui.CountTiles;
import uk.apassure.placement.OfstedListService;
import uk.apassure.base.ui.ListAddress;
import uk.apassure.base.ui.WindowWidth;
import uk.apassure.organisation.SchoolService;
import uk.apassure.placement.PlacementFilter;
import uk.apassure.placement.PlacementFlag;
import uk.apassure.placement.PlacementRow;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.PupilDetails;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.RequiresPermission;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * The school's placements (the trust's for trust leads), newest start first, loaded a page at a
 * time, with filters and sort kept in the address ({@code /placements?status=active&notice-late=yes}),
 * so Back returns to the same list and a filtered list can be sent to a colleague. Governors see
 * how many placements there are by status, never a pupil.
 */
@Route(PlacementListView.PATH)
@PageTitle("Placements")
@Menu(title = "Placements", order = 4, icon = "CHILD")
@RequiresPermission(Permission.PLACEMENT_COUNT)
public class PlacementListView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "placements";
    static final String PROVIDER = "provider";
    static final String STATUS = "status";
    static final String TYPE = "type";
    static final String FROM = "from";
    static final String TO = "to";
    static final String SCHOOL = "school";

    final Grid<PlacementRow> grid = new Grid<>(PlacementRow.class, false);
    private final PlacementService placements;
    private final ProviderService providers;
    private final SchoolService schools;
    private final AccessGuard access;
    private final OfstedListService ofstedList;
    private final Clock clock;
    private @Nullable PlacementFilters filters;
    private @Nullable AddressedGrid<PlacementRow, PlacementFilter> list;

    public PlacementListView(PlacementService placements, ProviderService providers, SchoolService schools,
            AccessGuard access, OfstedListService ofstedList, Clock clock) {
        this.placements = placements;
        this.ofstedList = ofstedList;
        this.providers = providers;
        this.schools = schools;
        this.access = access;
        this.clock = clock;
        addClassName("placement-list-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.isPermitted(Permission.PLACEMENT_READ)) {
            removeAll();
            add(countsOnly(placements));
            return;
        }
        if (filters == null) {
            build();
        }
        ListAddress address = ListAddress.of(event.getLocation());
        PlacementFilters fields = filters;
        list.restore(address, () -> fields.show(read(address)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        WindowWidth.follow(event, this::fitColumns);
    }

    /**
     * Every column shown fits: a laptop shows them all; a tablet keeps who, where, what state and
     * what needs attention (the trust lead's school instead of the type); a phone who, state, start
     * and attention. The rest is on the placement's page.
     */
    private void fitColumns(int windowWidth) {
        if (grid.getColumns().isEmpty()) {
            return;
        }
        boolean laptop = windowWidth >= 1200;
        boolean phone = windowWidth < 700;
        boolean wholeTrust = access.isPermitted(Permission.TRUST_WIDE);
        grid.getColumnByKey("yearGroup").setVisible(laptop);
        grid.getColumnByKey("endsOn").setVisible(laptop);
        grid.getColumnByKey("type").setVisible(laptop || !phone && !wholeTrust);
        grid.getColumnByKey("schoolName").setVisible(wholeTrust && !phone);
        grid.getColumnByKey("providers").setVisible(!phone);
    }

    private void build() {
        configureGrid();
        AddressedGrid<PlacementRow, PlacementFilter> rows = new AddressedGrid<>(grid, PATH, PlacementFilter.ANY,
                placements::list, placements::count, PlacementListView::address);
        list = rows;
        filters = new PlacementFilters(providers, access.isPermitted(Permission.TRUST_WIDE) ? schools.visibleSchools()
                : List.of(), LocalDate.now(clock), rows::apply);
        Div actions = new Div();
        actions.addClassName("card-actions");
        if (access.isPermitted(Permission.PLACEMENT_EDIT)) {
            Button add = new Button("New placement", VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(PlacementNewView.class)));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClassName("new-placement");
            actions.add(add);
        }
        if (access.isPermitted(Permission.PLACEMENT_OFSTED_LIST)) {
            actions.add(new OfstedListButton(ofstedList));
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    static PlacementFilter read(ListAddress address) {
        Set<PlacementFlag> flags = EnumSet.noneOf(PlacementFlag.class);
        for (PlacementFlag flag : PlacementFlag.values()) {
            if (address.flag(ListAddress.slug(flag))) {
                flags.add(flag);
            }
        }
        return new PlacementFilter(address.number(PROVIDER), address.choice(STATUS, PlacementStatus.class),
                address.choice(TYPE, PlacementType.class), address.date(FROM), address.date(TO),
                address.number(SCHOOL), flags);
    }

    static ListAddress address(PlacementFilter filter) {
        ListAddress address = ListAddress.empty().with(PROVIDER, filter.providerId()).with(STATUS, filter.status())
                .with(TYPE, filter.type()).with(FROM, filter.startsFrom()).with(TO, filter.startsTo())
                .with(SCHOOL, filter.schoolId());
        filter.flags().forEach(flag -> address.with(ListAddress.slug(flag), true));
        return address;
    }

    private void configureGrid() {
        grid.addClassName("placement-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PlacementRow::pupilName).setHeader("Pupil").setKey("pupil").setSortProperty("pupil")
                .setWidth("7rem").setFlexGrow(2);
        grid.addColumn(row -> PupilDetails.yearGroupLabel(row.yearGroup())).setHeader("Year").setKey("yearGroup")
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(PlacementRow::schoolName).setHeader("School").setKey("schoolName").setWidth("8.5rem")
                .setFlexGrow(1).setVisible(access.isPermitted(Permission.TRUST_WIDE));
        // text cells drawn in the browser (LitRenderer): no server-side components per row (issue 14);
        // the providers, and under them last week's attendance at each (issue 10: the provider's % in the row)
        grid.addColumn(LitRenderer.<PlacementRow>of("<div class=\"two-line-cell\"><span>${item.providers}</span>"
                        + "${item.attendance ? html`<span class=\"cell-note placement-attendance\">"
                        + "Last week: ${item.attendance}</span>` : ''}</div>")
                        .withProperty("providers", PlacementRow::providers)
                        .withProperty("attendance", PlacementRow::attendance))
                .setHeader("Provider").setKey("providers")
                .setWidth("8rem").setFlexGrow(2);
        grid.addColumn(row -> row.type().label()).setHeader("Type").setKey("type").setSortProperty("type")
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setKey("status").setSortProperty("status")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> UkDates.date(row.startsOn())).setHeader("Starts").setKey("startsOn")
                .setSortProperty("startsOn").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> UkDates.date(row.endsOn())).setHeader("Ends").setKey("endsOn").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<PlacementRow>of("<div class=\"two-line-cell\">${item.flags.map((label, i) => html`"
                        + "<span class=\"status-badge status-suspended flag-${item.flagSlugs[i]}\">${label}</span>`)}"
                        + "</div>")
                        .withProperty("flags", row -> row.flags().stream().map(PlacementFlag::label).toList())
                        .withProperty("flagSlugs", row -> row.flags().stream().map(ListAddress::slug).toList()))
                .setHeader("Attention").setKey("flags").setWidth("6.5rem")
                .setFlexGrow(0);
        grid.setMultiSort(false);
        grid.setEmptyStateText("No placements match these filters.");
        grid.addItemClickListener(click -> getUI()
                .ifPresent(ui -> ui.navigate(PlacementView.class, click.getItem().id())));
        grid.setSizeFull();
    }

    private static Div countsOnly(PlacementService placements) {
        return CountTiles.countsOnly(placements.counts().stream()
                .map(count -> CountTiles.tile(count.count(), count.status().label())).toList(),
                "Governors see how many placements there are; pupils' details stay with their school.");
    }
}
