package uk.apassure.visit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import uk.apassure.base.time.UkDates;
import uk.apassure.visit.PlacementCadence;
import uk.apassure.visit.VisitCadence;
import uk.apassure.visit.VisitCadence.NextVisit;

/**
 * "Overdue · next visit was due Tue 24 Nov 2026 · the 10th session since the last visit on Tue 27
 * Oct 2026": when one provider of a placement is next due a visit (003), in words.
 */
public final class DueBadge {

    private DueBadge() {}

    public static Div line(PlacementCadence cadence) {
        Div line = new Div(badge(cadence.state()), new Span(words(cadence)));
        line.addClassName("due-line");
        return line;
    }

    public static Span badge(VisitCadence.Due state) {
        Span badge = new Span(state.label());
        badge.addClassNames("status-badge", switch (state) {
            case OVERDUE -> "status-do-not-use";
            case NO_CALENDAR -> "status-suspended";
            case DUE_SOON -> "status-approved-with-conditions";
            case NOT_YET -> "status-approved";
        });
        return badge;
    }

    /** The due date and why; what is missing when the school calendar does not cover the dates. */
    public static String words(PlacementCadence cadence) {
        NextVisit next = cadence.next();
        if (next == null) {
            return String.valueOf(cadence.problem());
        }
        return (cadence.state() == VisitCadence.Due.OVERDUE ? "next visit was due " : "next visit due ")
                + UkDates.date(next.due()) + " · " + reason(next);
    }

    /** "the 10th session since the start on Tue 3 Nov 2026", "one month after the last visit on …". */
    public static String reason(NextVisit next) {
        String since = next.lastVisit() == null ? "the start on " + UkDates.date(next.since())
                : "the last visit on " + UkDates.date(next.lastVisit());
        return switch (next.basis()) {
            case TEN_SESSIONS -> "the " + VisitCadence.SESSIONS_BETWEEN_VISITS + "th session since " + since;
            case MONTH -> "one month after " + since;
        };
    }
}
