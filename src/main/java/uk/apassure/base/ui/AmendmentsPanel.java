package uk.apassure.base.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.apassure.base.domain.Amendment;
import uk.apassure.base.time.UkDates;

/** The trail of amendments to a record changed only with a reason: who changed what, from what, to what, and why. */
public class AmendmentsPanel extends Details {

    public AmendmentsPanel(List<Amendment> amendments) {
        super("Amendments (" + amendments.size() + ")");
        addClassName("form-section");
        addClassName("amendments");
        Div body = new Div();
        for (Amendment amendment : amendments) {
            Span title = new Span(amendment.field() + ": “" + amendment.before() + "” → “" + amendment.after() + "”");
            title.addClassName("card-body");
            Span why = new Span("Why: " + amendment.reason());
            Span who = new Span(amendment.by() + ", " + UkDates.dateTime(amendment.at()));
            who.addClassName("hint");
            Div card = new Div(title, why, who);
            card.addClassName("card");
            body.add(card);
        }
        add(body);
    }
}
