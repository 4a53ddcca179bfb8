package uk.apassure.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.data.renderer.LitRenderer;
import jakarta.annotation.security.PermitAll;
import uk.apassure.audit.AuditFilter;
import uk.apassure.audit.AuditRow;
import uk.apassure.audit.AuditSearch;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditState;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.ui.AddressedGrid;
import uk.apassure.base.ui.FilterFields;
import uk.apassure.base.ui.ListAddress;
import uk.apassure.organisation.SchoolService;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * The trust's pre-placement check audits, newest first, read a page at a time; filtered by state
 * and school, sorted by column, both kept in the address ({@code /audits?state=submitted&school=3}).
 */
@Route(AuditListView.PATH)
@PageTitle("Audits")
@Menu(title = "Audits", order = 2, icon = "CLIPBOARD_CHECK")
@PermitAll
public class AuditListView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "audits";
    static final String STATE = "state";
    static final String SCHOOL = "school";
    static final String PROVIDER = "provider";

    private final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
    private final ComboBox<AuditState> state = new ComboBox<>();
    private final ComboBox<SchoolSummary> school = new ComboBox<>();
    // null for governors, who see counts and no audit
    private final @Nullable AddressedGrid<AuditRow, AuditFilter> list;

    public AuditListView(AuditSearch audits, AuditService counts, SchoolService schools, AccessGuard access) {
        addClassName("audit-list-view");
        setSizeFull();
        if (!access.isPermitted(Permission.AUDIT_READ)) {
            // governors: read-only and aggregated (DESIGN.md), so counts and no audit detail
            list = null;
            add(new H2("Pre-placement check audits"), new AuditCountsPanel(counts.counts(),
                    "Your trust's pre-placement check audits, as numbers. The audits themselves are for school staff."));
            return;
        }
        configureGrid();
        AddressedGrid<AuditRow, AuditFilter> addressed = new AddressedGrid<>(grid, PATH, AuditFilter.ANY, audits::list,
                audits::count, filter -> ListAddress.empty().with(STATE, filter.state()).with(SCHOOL, filter.schoolId())
                        .with(PROVIDER, filter.providerId()));
        list = addressed;
        FilterFields.choice(state, "Any state", "State", List.of(AuditState.values()), AuditState::label);
        state.addValueChangeListener(e -> addressed.apply(addressed.filter().withState(e.getValue())));
        FilterFields.choice(school, "Any school", "School", schools.visibleSchools(), SchoolSummary::name);
        school.addValueChangeListener(e -> addressed.apply(addressed.filter().withSchool(e.getValue() == null ? null
                : e.getValue().id())));
        Div filters = new Div(state, school);
        filters.addClassName("filter-bar");
        add(new H2("Pre-placement check audits"), filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (list == null) {
            return;
        }
        ListAddress address = ListAddress.of(event.getLocation());
        list.restore(address, () -> {
            Long schoolId = address.number(SCHOOL);
            state.setValue(address.choice(STATE, AuditState.class));
            school.setValue(school.getListDataView().getItems().filter(s -> schoolId != null && s.id() == schoolId)
                    .findFirst().orElse(null));
            return new AuditFilter(state.getValue(), school.getValue() == null ? null : school.getValue().id(),
                    address.number(PROVIDER));
        });
    }

    private void configureGrid() {
        grid.addClassName("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AuditRow::providerName).setHeader("Provider").setKey("providerName")
                .setSortProperty("providerName").setFlexGrow(3).setWidth("11rem");
        grid.addColumn(AuditRow::schoolName).setHeader("School").setKey("schoolName").setSortProperty("schoolName")
                .setFlexGrow(2).setWidth("9rem");
        grid.addColumn(row -> row.state().label()).setHeader("State").setKey("state").setSortProperty("state")
                .setFlexGrow(1).setWidth("8.5rem");
        // drawn in the browser (LitRenderer): no server-side component per row (issue 14)
        grid.addColumn(LitRenderer.<AuditRow>of("<span class=\"${item.style}\">${item.rag}</span>")
                        .withProperty("rag", row -> row.rag() == null ? "Not rated" : row.rag().label())
                        .withProperty("style", row -> row.rag() == null ? "" : RagBadge.style(row.rag())))
                .setHeader("RAG").setKey("rag").setFlexGrow(0).setWidth("7rem");
        grid.addColumn(row -> AuditFormat.day(row.startedAt())).setHeader("Started").setKey("startedAt")
                .setSortProperty("startedAt").setFlexGrow(0).setWidth("10.5rem");
        grid.addColumn(row -> row.decision() == null ? "Not decided yet"
                        : row.decision().label() + ", " + AuditFormat.day(row.decidedAt()))
                .setHeader("Decision").setKey("decidedAt").setSortProperty("decidedAt").setFlexGrow(2).setWidth("10rem");
        grid.setMultiSort(false);
        grid.setEmptyStateText("No audits match these filters. Start one from a provider's page.");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(AuditView.class, click.getItem().id())));
        grid.setSizeFull();
    }
}
