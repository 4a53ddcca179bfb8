package uk.apassure.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.StatusCount;
import uk.apassure.provider.ui.ProviderListView;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.SignedInUser;
import uk.apassure.visit.ui.VisitDashboard;

/**
 * The start page. Today it shows the register at a glance; what is due and overdue, open concerns
 * and today's placements arrive with the features that produce them, and the page says so.
 */
@Route("")
@PageTitle("Dashboard")
@Menu(title = "Dashboard", order = 0, icon = "DASHBOARD")
@PermitAll
public class DashboardView extends VerticalLayout {

    public DashboardView(AccessGuard access, ProviderService providers, VisitDashboard visits) {
        addClassName("dashboard-view");
        SignedInUser user = access.currentUser();
        add(new H2("Hello, " + user.displayName()));
        Paragraph scope = new Paragraph(user.organisationName() + " · " + String.join(", ",
                user.roles().stream().map(role -> role.label()).sorted().toList()));
        scope.addClassName("hint");
        add(scope);

        add(new H3("Provider register"));
        Div tiles = new Div();
        tiles.addClassName("tiles");
        for (StatusCount count : providers.statusCounts()) {
            Span number = new Span(String.valueOf(count.count()));
            number.addClassName("tile-number");
            Span label = new Span(count.status().label());
            label.addClassName("tile-label");
            Div tile = new Div(number, label);
            tile.addClassName("tile");
            tiles.add(tile);
        }
        add(tiles, new RouterLink("Open the provider register", ProviderListView.class));

        visits.panel().ifPresent(this::add);
        Paragraph notYet = new Paragraph("Not built yet: due and overdue audit checks and today's placements will be"
                + " shown here once audits and placements exist.");
        notYet.addClassName("hint");
        add(new H3("Due and overdue"), notYet);
    }
}
