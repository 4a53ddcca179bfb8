package uk.apassure.provider.ui;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import uk.apassure.base.time.UkDates;
import uk.apassure.provider.OfstedJudgement;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderRow;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.provider.ProviderType;
import uk.apassure.provider.Registration;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/** The provider register: filter, sort, page through the trust's providers, lazily from MariaDB. */
@Route("providers")
@PageTitle("Providers")
@Menu(title = "Providers", order = 1, icon = "BUILDING")
@PermitAll
public class ProviderListView extends VerticalLayout {


    private final ProviderService providers;
    private final java.time.Clock clock;
    private final Grid<ProviderRow> grid = new Grid<>(ProviderRow.class, false);
    private ProviderFilter filter = ProviderFilter.ANY;

    public ProviderListView(ProviderService providers, AccessGuard access, java.time.Clock clock) {
        this.clock = clock;
        this.providers = providers;
        addClassName("provider-list-view");
        setSizeFull();

        configureGrid();
        Div filters = filters();
        add(filters, grid);
        if (access.isPermitted(Permission.PROVIDER_EDIT)) {
            Button add = new Button("Add provider", VaadinIcon.PLUS.create(),
                    click -> new ProviderCreateDialog(providers, java.time.LocalDate.now(clock), this::navigateTo)
                            .open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClassName("add-provider");
            filters.addComponentAsFirst(add);
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // on a phone, keep the columns that identify a provider and its standing; the page has the rest
        event.getUI().getPage().retrieveExtendedClientDetails(details -> fitColumns(details.getWindowInnerWidth()));
        event.getUI().getPage().addBrowserWindowResizeListener(resize -> fitColumns(resize.getWidth()));
    }

    private void fitColumns(int windowWidth) {
        boolean phone = windowWidth < 700;
        for (String key : new String[] {"type", "ofstedJudgement", "audit"}) {
            grid.getColumnByKey(key).setVisible(!phone);
        }
        // a tablet shows the latest audit instead of the URN and the (still empty) placements count
        grid.getColumnByKey("urn").setVisible(windowWidth >= 900);
        grid.getColumnByKey("placements").setVisible(windowWidth >= 900);
    }

    private Div filters() {
        TextField name = new TextField();
        name.setPlaceholder("Search by name");
        name.setAriaLabel("Search by name");
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> apply(filter.withName(e.getValue())));

        ComboBox<ProviderType> type = new ComboBox<>();
        type.setPlaceholder("Any type");
        type.setAriaLabel("Type");
        type.setItems(ProviderType.values());
        type.setItemLabelGenerator(ProviderType::label);
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> apply(filter.withType(e.getValue())));

        ComboBox<ProviderStatus> status = new ComboBox<>();
        status.setPlaceholder("Any status");
        status.setAriaLabel("Status");
        status.setItems(ProviderStatus.values());
        status.setItemLabelGenerator(ProviderStatus::label);
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> apply(filter.withStatus(e.getValue())));

        Select<String> laApproved = new Select<>();
        laApproved.setAriaLabel("LA-approved");
        laApproved.setItems("LA list: any", "On LA-approved list", "Not on LA list");
        laApproved.setValue("LA list: any");
        laApproved.addValueChangeListener(e -> apply(filter.withLaApproved(switch (e.getValue()) {
            case "On LA-approved list" -> Boolean.TRUE;
            case "Not on LA list" -> Boolean.FALSE;
            default -> null;
        })));

        ComboBox<Registration> registration = new ComboBox<>();
        registration.setPlaceholder("Registered or not");
        registration.setAriaLabel("Registration");
        registration.setItems(Registration.values());
        registration.setItemLabelGenerator(Registration::label);
        registration.setClearButtonVisible(true);
        registration.addValueChangeListener(e -> apply(filter.withRegistration(e.getValue())));

        Div filters = new Div(name, type, status, laApproved, registration);
        filters.addClassName("filter-bar");
        return filters;
    }

    private void configureGrid() {
        grid.addClassName("provider-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // widths chosen so that a 768 px tablet shows every column but the URN without scrolling
        grid.addColumn(ProviderRow::name).setHeader("Name").setKey("name").setSortProperty("name")
                .setWidth("9rem").setFlexGrow(3);
        grid.addColumn(row -> row.type().label()).setHeader("Type").setKey("type").setSortProperty("type")
                .setWidth("7.5rem").setFlexGrow(2);
        grid.addComponentColumn(row -> new StatusBadge(row.status())).setHeader("Status").setKey("status")
                .setSortProperty("status").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> row.urn() == null ? "–" : row.urn()).setHeader("URN").setKey("urn")
                .setSortProperty("urn").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(ProviderListView::ofsted).setHeader("Ofsted").setKey("ofstedJudgement")
                .setSortProperty("ofstedJudgement").setWidth("7rem").setFlexGrow(2);
        grid.addColumn(row -> row.town() == null ? "–" : row.town()).setHeader("Town").setKey("town")
                .setSortProperty("town").setWidth("6rem").setFlexGrow(1);
        grid.addComponentColumn(row -> auditBadge(row)).setHeader("Audit").setKey("audit").setWidth("7rem")
                .setFlexGrow(1);
        grid.addColumn(ProviderRow::activePlacements).setHeader("Placed").setKey("placements")
                .setTextAlign(ColumnTextAlign.END).setWidth("4.5rem").setFlexGrow(0)
                .setTooltipGenerator(row -> "Active placements");
        grid.setMultiSort(false);
        grid.setEmptyStateText("No providers match these filters.");
        grid.addItemClickListener(click -> navigateTo(click.getItem().id()));
        grid.setSizeFull();
    }

    private Span auditBadge(ProviderRow row) {
        Span badge = new Span(row.auditGlance(java.time.LocalDate.now(clock)));
        badge.addClassNames("audit-glance", row.auditRag() == null ? "rag-none"
                : "rag-" + row.auditRag().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private static String ofsted(ProviderRow row) {
        OfstedJudgement judgement = row.ofstedJudgement();
        if (judgement == null) {
            return "–";
        }
        return row.ofstedDate() == null ? judgement.label() : judgement.label() + ", " + UkDates.date(row.ofstedDate());
    }

    private void apply(ProviderFilter next) {
        filter = next;
        refresh();
    }

    private void refresh() {
        ProviderFilter current = filter;
        grid.setItems(
                query -> providers.list(current, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) providers.count(current));
    }

    private void navigateTo(long providerId) {
        getUI().ifPresent(ui -> ui.navigate(ProviderView.class, providerId));
    }
}
