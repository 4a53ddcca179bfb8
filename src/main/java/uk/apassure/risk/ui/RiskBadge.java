package uk.apassure.risk.ui;

import com.vaadin.flow.component.html.Span;
import uk.apassure.risk.RiskState;

/** A risk assessment's state as a coloured label that also reads as text (colour is never the only signal). */
public final class RiskBadge {

    private RiskBadge() {}

    public static Span of(RiskState state) {
        Span badge = new Span(state.label());
        badge.addClassNames("status-badge", "risk-badge", switch (state) {
            case OK -> "status-approved";
            case DUE_SOON -> "status-approved-with-conditions";
            case OVERDUE, REVIEW_NEEDED -> "status-do-not-use";
            case NONE -> "status-prospective";
        });
        return badge;
    }
}
