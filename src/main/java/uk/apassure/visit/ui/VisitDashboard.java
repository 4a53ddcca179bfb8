package uk.apassure.visit.ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import uk.apassure.base.time.UkDates;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.visit.CadenceRow;
import uk.apassure.visit.CadenceService;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.OpenConcern;
import uk.apassure.visit.VisitCadence;
import uk.apassure.visit.VisitService;

/**
 * The dashboard's part from visit logs: open safeguarding concerns first (DSLs see them at once),
 * then approved providers whose next visit is overdue or due within a week (003 cadence).
 */
@org.springframework.stereotype.Component
public class VisitDashboard {

    private static final int SHOWN = 10;

    private final CadenceService cadence;
    private final ConcernService concerns;
    private final AccessGuard access;

    VisitDashboard(CadenceService cadence, ConcernService concerns, AccessGuard access) {
        this.cadence = cadence;
        this.concerns = concerns;
        this.access = access;
    }

    /** Empty for users who may not read visits (governors see counts on /visits). */
    public Optional<Component> panel() {
        if (!access.isPermitted(Permission.VISIT_READ)) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.addClassName("visit-dashboard");
        panel.add(concerns(), due());
        return Optional.of(panel);
    }

    private Div concerns() {
        List<OpenConcern> open = concerns.open();
        Div block = new Div(new H3("Open safeguarding concerns (" + open.size() + ")"));
        block.addClassName("open-concerns");
        if (open.isEmpty()) {
            block.add(new Paragraph("None open."));
        }
        for (OpenConcern concern : open) {
            RouterLink link = new RouterLink(concern.providerName(), VisitView.class, concern.visitId());
            Span who = new Span(" raised by " + concern.raisedBy() + ", " + UkDates.dateTime(concern.raisedAt()));
            who.addClassName("hint");
            Div line = new Div(link, who);
            line.addClassName("concern-line");
            block.add(line);
        }
        if (!open.isEmpty()) {
            block.add(new Anchor(RouteConfiguration.forSessionScope().getUrl(VisitListView.class) + "?concerns=open",
                    "See them in Visits"));
        }
        return block;
    }

    private Div due() {
        List<CadenceRow> due = cadence.all().stream().filter(row -> row.state() != VisitCadence.Due.NOT_YET).toList();
        Div block = new Div(new H3("Visits due (" + due.size() + ")"));
        block.addClassName("visits-due");
        Paragraph rule = new Paragraph("Approved providers: a visit or meeting at least monthly, or every ten sessions,"
                + " whichever is sooner. Until placements exist, sessions are estimated from a configured number a week.");
        rule.addClassName("hint");
        block.add(rule);
        for (CadenceRow row : due.subList(0, Math.min(SHOWN, due.size()))) {
            Div line = DueBadge.line(row);
            line.addComponentAsFirst(new Span(row.providerName() + " "));
            block.add(line);
        }
        if (due.size() > SHOWN) {
            block.add(new Paragraph("… and " + (due.size() - SHOWN) + " more."));
        }
        return block;
    }
}
