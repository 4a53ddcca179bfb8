package uk.apassure.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.DashboardContribution;
import uk.apassure.base.ui.DashboardTile.Work;
import uk.apassure.organisation.SchoolService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * The start page, per person: what waits for me first (audits to confirm or decide, my actions and
 * conditions by due date, my drafts, open concerns, visits due, expiring evidence), then what is
 * clear, then numbers (governors; trust leads by school; the register). Each feature adds its own
 * tiles ({@link DashboardContribution}); the dashboard owns nothing.
 */
@Route("")
@PageTitle("Dashboard")
@Menu(title = "Dashboard", order = 0, icon = "DASHBOARD")
@PermitAll
public class DashboardView extends VerticalLayout {

    public DashboardView(AccessGuard access, List<DashboardContribution> contributions, SchoolService schools,
            Clock clock) {
        addClassName("dashboard-view");
        SignedInUser user = access.currentUser();
        LocalDate today = LocalDate.now(clock);
        Board board = Board.of(contributions.stream().flatMap(contribution -> contribution.tiles().stream()).toList());

        add(new H2("Hello, " + user.displayName()));
        Paragraph who = new Paragraph(user.organisationName() + " · " + String.join(", ",
                user.roles().stream().map(role -> role.label()).sorted().toList()) + " · " + UkDates.date(today));
        who.addClassName("hint");
        add(who);

        if (!board.waiting().isEmpty()) {
            int things = board.waitingCount();
            add(new H3(things == 1 ? "1 thing waits for you" : things + " things wait for you"));
            Div cards = new Div();
            cards.addClassName("work-cards");
            board.waiting().forEach(work -> cards.add(new WorkCard(work, today)));
            add(cards);
        }
        if (!board.clear().isEmpty()) {
            add(allClear(board.clear(), board.waiting().isEmpty()));
        }
        if (!board.bySchool().isEmpty() && access.isPermitted(Permission.TRUST_WIDE)) {
            add(new SchoolTable(schools.visibleSchools(), board.bySchool()));
        }
        board.counts().forEach((group, counts) -> add(new CountGroup(group, counts)));
    }

    private static Div allClear(List<Work> clear, boolean nothingWaits) {
        Div block = new Div();
        block.addClassName("all-clear");
        if (nothingWaits) {
            block.add(new H3("Nothing waits for you"));
        }
        for (Work work : clear) {
            // the tick is the style sheet's (.clear-line::before): one element per line, not three
            Div item = new Div(work.none());
            item.addClassName("clear-line");
            block.add(item);
        }
        return block;
    }
}
