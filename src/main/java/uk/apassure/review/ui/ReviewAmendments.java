package uk.apassure.review.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.apassure.base.time.UkDates;
import uk.apassure.review.ReviewPage;

/** The trail of amendments to a signed review: who changed what, from what, to what, and why. */
class ReviewAmendments extends Details {

    ReviewAmendments(List<ReviewPage.Amendment> amendments) {
        super("Amendments (" + amendments.size() + ")");
        addClassNames("form-section", "amendments");
        Div body = new Div();
        for (ReviewPage.Amendment amendment : amendments) {
            Span what = new Span(amendment.field() + ": “" + amendment.before() + "” → “" + amendment.after() + "”");
            what.addClassName("card-body");
            Span who = new Span(amendment.by() + ", " + UkDates.dateTime(amendment.at()));
            who.addClassName("hint");
            Div card = new Div(what, new Span("Why: " + amendment.reason()), who);
            card.addClassName("card");
            body.add(card);
        }
        add(body);
        setOpened(true);
    }
}
