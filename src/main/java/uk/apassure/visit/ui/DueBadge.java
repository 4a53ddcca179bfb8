package uk.apassure.visit.ui;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import uk.apassure.base.time.UkDates;
import uk.apassure.visit.CadenceRow;
import uk.apassure.visit.VisitCadence;

/** "Overdue · next visit was due 2 Apr 2026 · last visit 2 Mar 2026": the cadence of one provider, in words. */
public final class DueBadge {


    private DueBadge() {}

    public static Div line(CadenceRow row) {
        Span badge = new Span(row.state().label());
        badge.addClassNames("status-badge", switch (row.state()) {
            case OVERDUE -> "status-do-not-use";
            case DUE_SOON -> "status-approved-with-conditions";
            case NOT_YET -> "status-approved";
        });
        String text = row.lastVisit() == null ? "never visited"
                : (row.state() == VisitCadence.Due.OVERDUE ? "next visit was due " : "next visit due ")
                        + UkDates.date(row.nextDue()) + " · last visit " + UkDates.date(row.lastVisit());
        Span words = new Span(text);
        Div line = new Div(badge, words);
        line.addClassName("due-line");
        return line;
    }
}
