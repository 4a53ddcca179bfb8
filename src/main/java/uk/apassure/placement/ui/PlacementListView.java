package uk.apassure.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.CountTiles;
import uk.apassure.placement.OfstedListService;
import uk.apassure.placement.PlacementCount;
import uk.apassure.placement.PlacementRow;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.PupilDetails;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.Role;

/**
 * The school's placements (the trust's for trust leads), newest start first, loaded a page at a
 * time. Governors see how many placements there are by status, never a pupil.
 */
@Route("placements")
@PageTitle("Placements")
@Menu(title = "Placements", order = 4, icon = "CHILD")
@RolesAllowed({Role.Names.AP_LEAD, Role.Names.VISITOR, Role.Names.DSL, Role.Names.SLT, Role.Names.HEADTEACHER,
        Role.Names.ATTENDANCE, Role.Names.SENCO, Role.Names.TRUST_LEAD, Role.Names.GOVERNOR})
public class PlacementListView extends VerticalLayout {

    final Grid<PlacementRow> grid = new Grid<>(PlacementRow.class, false);
    final Select<PlacementStatus> status = new Select<>();

    public PlacementListView(PlacementService placements, AccessGuard access, OfstedListService ofstedList) {
        addClassName("placement-list-view");
        add(new H2("Placements"));
        if (!access.isPermitted(Permission.PLACEMENT_READ)) {
            add(countsOnly(placements));
            return;
        }
        status.setLabel("Status");
        status.setItems(PlacementStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        Div bar = new Div(status);
        bar.addClassName("filter-bar");
        if (access.isPermitted(Permission.PLACEMENT_EDIT)) {
            Button add = new Button("New placement", VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(PlacementNewView.class)));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClassName("add-provider");
            bar.add(add);
        }
        if (access.isPermitted(Permission.PLACEMENT_OFSTED_LIST)) {
            bar.add(new OfstedListButton(ofstedList));
        }
        grid.addColumn(PlacementRow::pupilName).setHeader("Pupil").setFlexGrow(2);
        grid.addColumn(row -> PupilDetails.yearGroupLabel(row.yearGroup())).setHeader("Year").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PlacementRow::providers).setHeader("Provider").setFlexGrow(2);
        grid.addColumn(row -> row.type().label()).setHeader("Type").setFlexGrow(1);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> UkDates.date(row.startsOn())).setHeader("Starts").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No placements yet.");
        grid.addItemClickListener(click -> getUI()
                .ifPresent(ui -> ui.navigate(PlacementView.class, click.getItem().id())));
        grid.addClassName("provider-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> placements.list(status.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) placements.count(status.getValue()));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(bar, grid);
        setFlexGrow(1, grid);
        setSizeFull();
    }

    private static Div countsOnly(PlacementService placements) {
        return CountTiles.countsOnly(placements.counts().stream()
                .map(count -> CountTiles.tile(count.count(), count.status().label())).toList(),
                "Governors see how many placements there are; pupils' details stay with their school.");
    }
}
