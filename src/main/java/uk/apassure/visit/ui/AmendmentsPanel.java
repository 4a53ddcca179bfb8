package uk.apassure.visit.ui;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.apassure.base.time.UkDates;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitService;

/** The trail of amendments to a submitted visit: who changed what, from what, to what, and why. */
class AmendmentsPanel extends Details {


    AmendmentsPanel(List<VisitPage.Amendment> amendments) {
        super("Amendments (" + amendments.size() + ")");
        addClassName("form-section");
        addClassName("amendments");
        Div body = new Div();
        for (VisitPage.Amendment amendment : amendments) {
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
