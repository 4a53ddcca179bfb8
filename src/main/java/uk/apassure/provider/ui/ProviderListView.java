package uk.apassure.provider.ui;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import uk.apassure.base.time.UkDates;
import java.util.List;
import uk.apassure.base.ui.AddressedGrid;
import uk.apassure.base.ui.FilterFields;
import uk.apassure.base.ui.ListAddress;
import uk.apassure.base.ui.WindowWidth;
import uk.apassure.provider.AttendanceAtProviders;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderRow;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.provider.ProviderType;
import uk.apassure.provider.Registration;
import uk.apassure.provider.RegistrationTriggers;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * The provider register: filter, sort, page through the trust's providers, lazily from MariaDB.
 * Filters and sort live in the address ({@code /providers?status=approved&sort=town}), so Back
 * returns to the same list and a filtered register can be bookmarked or sent.
 */
@Route(ProviderListView.PATH)
@PageTitle("Providers")
@Menu(title = "Providers", order = 1, icon = "BUILDING")
@PermitAll
public class ProviderListView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "providers";
    static final String NAME = "name";
    static final String TYPE = "type";
    static final String STATUS = "status";
    static final String LA = "la";
    static final String REGISTRATION = "registration";
    static final String TRIGGER = "trigger";

    private static final String LA_ANY = "LA list: any";
    private static final String LA_ON = "On LA-approved list";
    private static final String LA_OFF = "Not on LA list";

    private final ProviderService providers;
    private final Clock clock;
    private final Grid<ProviderRow> grid = new Grid<>(ProviderRow.class, false);
    private final TextField name = new TextField();
    private final ComboBox<ProviderType> type = new ComboBox<>();
    private final ComboBox<ProviderStatus> status = new ComboBox<>();
    private final Select<String> laApproved = new Select<>();
    private final ComboBox<Registration> registration = new ComboBox<>();
    private final Checkbox trigger = new Checkbox("Registration trigger");
    private final TriggerFlags flags;
    private final AttendanceFigures attendance;
    private final AddressedGrid<ProviderRow, ProviderFilter> list;

    public ProviderListView(ProviderService providers, RegistrationTriggers triggers, AttendanceAtProviders attendance,
            AccessGuard access, Clock clock) {
        this.clock = clock;
        this.providers = providers;
        this.flags = new TriggerFlags(triggers, access);
        this.attendance = new AttendanceFigures(attendance);
        addClassName("provider-list-view");
        setSizeFull();

        configureGrid();
        list = new AddressedGrid<>(grid, PATH, ProviderFilter.ANY,
                this.attendance.reading(flags.reloading(providers::list)), providers::count, ProviderListView::address);
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
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListAddress address = ListAddress.of(event.getLocation());
        list.restore(address, () -> {
            name.setValue(address.text(NAME).orElse(""));
            type.setValue(address.choice(TYPE, ProviderType.class));
            status.setValue(address.choice(STATUS, ProviderStatus.class));
            laApproved.setValue(address.text(LA).map(la -> switch (la) {
                case "yes" -> LA_ON;
                case "no" -> LA_OFF;
                default -> LA_ANY;
            }).orElse(LA_ANY));
            registration.setValue(address.choice(REGISTRATION, Registration.class));
            trigger.setValue(flags.shown() && address.flag(TRIGGER));
            return new ProviderFilter(name.getValue(), type.getValue(), status.getValue(), la(laApproved.getValue()),
                    registration.getValue(), trigger.getValue());
        });
    }

    private static ListAddress address(ProviderFilter filter) {
        return ListAddress.empty().with(NAME, filter.name()).with(TYPE, filter.type()).with(STATUS, filter.status())
                .with(LA, filter.laApproved() == null ? null : filter.laApproved() ? "yes" : "no")
                .with(REGISTRATION, filter.registration()).with(TRIGGER, filter.registrationTrigger());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        WindowWidth.follow(event, this::fitColumns);
    }

    /**
     * Every column shown fits its content: a laptop shows them all; a tablet leaves the URN and the
     * Ofsted judgement to the provider's page; a phone keeps what identifies a provider and its standing.
     */
    private void fitColumns(int windowWidth) {
        boolean phone = windowWidth < 700;
        boolean laptop = windowWidth >= 1200;
        grid.getColumnByKey("type").setVisible(!phone);
        grid.getColumnByKey("audit").setVisible(!phone);
        grid.getColumnByKey("attendance").setVisible(attendance.shown());
        grid.getColumnByKey("urn").setVisible(laptop);
        grid.getColumnByKey("ofstedJudgement").setVisible(laptop);
    }

    private Div filters() {
        name.setPlaceholder("Search by name");
        name.setAriaLabel("Search by name");
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> list.apply(list.filter().withName(e.getValue())));

        FilterFields.choice(type, "Any type", "Type", List.of(ProviderType.values()), ProviderType::label);
        type.addValueChangeListener(e -> list.apply(list.filter().withType(e.getValue())));

        FilterFields.choice(status, "Any status", "Status", List.of(ProviderStatus.values()), ProviderStatus::label);
        status.addValueChangeListener(e -> list.apply(list.filter().withStatus(e.getValue())));

        laApproved.setAriaLabel("LA-approved");
        laApproved.setItems(LA_ANY, LA_ON, LA_OFF);
        laApproved.setValue(LA_ANY);
        laApproved.addValueChangeListener(e -> list.apply(list.filter().withLaApproved(la(e.getValue()))));

        FilterFields.choice(registration, "Registered or not", "Registration", List.of(Registration.values()),
                Registration::label);
        registration.addValueChangeListener(e -> list.apply(list.filter().withRegistration(e.getValue())));

        trigger.addValueChangeListener(e -> list.apply(list.filter().withRegistrationTrigger(e.getValue())));
        trigger.setVisible(flags.shown());

        Div filters = new Div(name, type, status, laApproved, registration, trigger);
        filters.addClassName("filter-bar");
        return filters;
    }

    private static Boolean la(String choice) {
        return switch (choice == null ? LA_ANY : choice) {
            case LA_ON -> Boolean.TRUE;
            case LA_OFF -> Boolean.FALSE;
            default -> null;
        };
    }

    private void configureGrid() {
        grid.addClassName("provider-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ProviderRow::name).setHeader("Name").setKey("name").setSortProperty("name")
                .setWidth("10rem").setFlexGrow(3);
        grid.addColumn(row -> row.type().label()).setHeader("Type").setKey("type").setSortProperty("type")
                .setWidth("10.5rem").setFlexGrow(1);
        // text cells drawn in the browser (LitRenderer): no server-side components per row (issue 14)
        grid.addColumn(LitRenderer.<ProviderRow>of("<div class=\"badge-stack\">"
                        + "<span class=\"status-badge status-${item.statusStyle}\">${item.status}</span>"
                        + "${item.trigger ? html`<span class=\"trigger-badge ${item.triggerStyle}\""
                        + " title=\"${item.triggerSummary}\">${item.trigger}</span>` : ''}</div>")
                        .withProperty("status", row -> row.status().label())
                        .withProperty("statusStyle", row -> StatusBadge.style(row.status()))
                        .withProperty("trigger", row -> flags.label(row.id()))
                        .withProperty("triggerStyle", row -> flags.style(row.id()))
                        .withProperty("triggerSummary", row -> flags.summary(row.id())))
                .setHeader("Status").setKey("status").setSortProperty("status").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.urn() == null ? "None" : row.urn()).setHeader("URN").setKey("urn")
                .setSortProperty("urn").setWidth("6.25rem").setFlexGrow(0);
        // the judgement, with the inspection date beneath it
        grid.addColumn(LitRenderer.<ProviderRow>of("<div class=\"two-line-cell\"><span>${item.ofsted}</span>"
                        + "${item.ofstedDate ? html`<span class=\"cell-note\">${item.ofstedDate}</span>` : ''}</div>")
                        .withProperty("ofsted", row -> row.ofstedJudgement() == null ? "Not inspected"
                                : row.ofstedJudgement().label())
                        .withProperty("ofstedDate", row -> row.ofstedJudgement() == null || row.ofstedDate() == null
                                ? "" : UkDates.date(row.ofstedDate())))
                .setHeader("Ofsted").setKey("ofstedJudgement")
                .setSortProperty("ofstedJudgement").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> row.town() == null ? "–" : row.town()).setHeader("Town").setKey("town")
                .setSortProperty("town").setWidth("7.5rem").setFlexGrow(1);
        grid.addColumn(LitRenderer.<ProviderRow>of("<span class=\"audit-glance ${item.auditStyle}\">${item.audit}</span>")
                        .withProperty("audit", row -> row.auditGlance(LocalDate.now(clock)))
                        .withProperty("auditStyle", row -> row.auditRag() == null ? "rag-none"
                                : "rag-" + row.auditRag().name().toLowerCase(Locale.ROOT)))
                .setHeader("Audit").setKey("audit").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(attendance::of).setHeader("Attended last week").setKey("attendance").setWidth("7rem")
                .setFlexGrow(0).setTooltipGenerator(row -> "Sessions attended last school week by your school's"
                        + " pupils there (the trust's for trust leads), closures left out");
        grid.getColumnByKey("attendance").setVisible(attendance.shown());
        grid.setMultiSort(false);
        grid.setEmptyStateText("No providers match these filters.");
        grid.addItemClickListener(click -> navigateTo(click.getItem().id()));
        grid.setSizeFull();
    }

    private void navigateTo(long providerId) {
        getUI().ifPresent(ui -> ui.navigate(ProviderView.class, providerId));
    }
}
