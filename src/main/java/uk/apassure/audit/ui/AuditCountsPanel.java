package uk.apassure.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.apassure.audit.AuditCounts;
import uk.apassure.audit.AuditState;
import uk.apassure.base.domain.Rag;

/** Audits as numbers only, for governors: how many in each state, and how the decided ones were rated. */
class AuditCountsPanel extends Div {

    AuditCountsPanel(AuditCounts counts, String intro) {
        addClassName("audit-counts");
        add(new Paragraph(intro));
        Div states = new Div();
        states.addClassName("count-tiles");
        for (AuditState state : AuditState.values()) {
            states.add(tile(state.label(), counts.inState(state)));
        }
        Div rags = new Div();
        rags.addClassName("count-tiles");
        for (Rag rag : Rag.values()) {
            Div tile = tile("Decided " + rag.label().toLowerCase(), counts.decidedAs(rag));
            tile.addClassName("rag-" + rag.name().toLowerCase(java.util.Locale.ROOT));
            rags.add(tile);
        }
        add(states, rags);
    }

    private static Div tile(String label, long count) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("count-number");
        Div tile = new Div(number, new Span(label));
        tile.addClassName("count-tile");
        return tile;
    }
}
