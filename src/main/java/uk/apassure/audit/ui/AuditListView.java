package uk.apassure.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import uk.apassure.audit.AuditRow;
import uk.apassure.audit.AuditService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/** The trust's pre-placement check audits, newest first, read a page at a time. */
@Route("audits")
@PageTitle("Audits")
@Menu(title = "Audits", order = 2, icon = "CLIPBOARD_CHECK")
@PermitAll
public class AuditListView extends VerticalLayout {

    public AuditListView(AuditService audits, AccessGuard access) {
        addClassName("audit-list-view");
        setSizeFull();
        if (!access.isPermitted(Permission.AUDIT_READ)) {
            // governors: read-only and aggregated (DESIGN.md), so counts and no audit detail
            add(new H2("Pre-placement check audits"), new AuditCountsPanel(audits.counts(),
                    "Your trust's pre-placement check audits, as numbers. The audits themselves are for school staff."));
            return;
        }
        Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
        grid.addClassName("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AuditRow::providerName).setHeader("Provider").setFlexGrow(3).setWidth("9rem");
        grid.addColumn(AuditRow::schoolName).setHeader("School").setFlexGrow(2).setWidth("7rem");
        grid.addColumn(row -> row.state().label()).setHeader("State").setFlexGrow(1).setWidth("6.5rem");
        grid.addComponentColumn(row -> row.rag() == null ? new Span("–") : new RagBadge(row.rag()))
                .setHeader("RAG").setFlexGrow(0).setWidth("6.5rem");
        grid.addColumn(row -> AuditFormat.day(row.startedAt())).setHeader("Started").setFlexGrow(1).setWidth("6.5rem");
        grid.addColumn(row -> row.decision() == null ? "–" : row.decision().label() + ", " + AuditFormat.day(row.decidedAt()))
                .setHeader("Decision").setFlexGrow(2).setWidth("8rem");
        grid.setEmptyStateText("No audits yet. Start one from a provider's page.");
        grid.setItems(query -> audits.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) audits.count());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(AuditView.class, click.getItem().id())));
        grid.setSizeFull();
        add(new H2("Pre-placement check audits"), grid);
    }
}
