package uk.apassure.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Attempt;
import uk.apassure.review.DueState;
import uk.apassure.review.PlacementReviews;
import uk.apassure.review.ReviewOutlook;
import uk.apassure.review.ReviewRow;
import uk.apassure.review.ReviewService;
import uk.apassure.review.ReviewStatus;

/**
 * The placement page's "Reviews": where the placement stands (next review due, overdue, a concern,
 * consider ending), "Start review", and every review, newest first, each opening its form.
 */
class ReviewsPanel extends Div {

    ReviewsPanel(ReviewService reviews, PlacementReviews placement) {
        addClassName("reviews-panel");
        setWidthFull();
        add(new H3("Reviews"));
        add(outlook(placement));
        if (placement.canStart()) {
            boolean draftOpen = placement.reviews().stream().anyMatch(row -> row.status() == ReviewStatus.DRAFT);
            Button start = new Button(draftOpen ? "Continue the draft review" : "Start review",
                    VaadinIcon.PLUS.create(), click -> start(reviews, placement.placementId()));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.addClassName("start-review");
            add(start);
        }
        if (placement.reviews().isEmpty()) {
            Paragraph none = new Paragraph("No reviews yet.");
            none.addClassName("hint");
            add(none);
        }
        for (ReviewRow row : placement.reviews()) {
            add(card(row));
        }
    }

    /** Starts a review, or opens the placement's open draft, and goes to its form. */
    private void start(ReviewService reviews, long placementId) {
        long[] id = new long[1];
        if (Attempt.run(ReviewService.ConcurrentEdit.MESSAGE, () -> id[0] = reviews.start(placementId))) {
            getUI().ifPresent(ui -> ui.navigate(ReviewView.class, ReviewView.address(placementId, id[0])));
        }
    }

    private static Div outlook(PlacementReviews placement) {
        Div box = new Div();
        box.addClassName("review-outlook");
        if (placement.calendarProblem() != null) {
            box.add(new Paragraph(placement.calendarProblem()));
            return box;
        }
        ReviewOutlook outlook = placement.outlook();
        if (outlook == null || outlook.state() == DueState.NOT_APPLICABLE) {
            box.add(new Paragraph("Reviews are owed while the placement is active."));
            return box;
        }
        Span state = new Span(outlook.state().label());
        state.addClassNames("tag", "review-state", "review-state-" + outlook.state().name().toLowerCase());
        box.add(state);
        if (outlook.considerEnding()) {
            Span ending = new Span("Consider ending");
            ending.addClassNames("tag", "review-ending", "review-state-overdue");
            box.add(ending);
        }
        outlook.reasons().forEach(reason -> box.add(new Paragraph(reason)));
        if (!outlook.halfTermly().state().needsAction() && outlook.halfTermly().dueFrom() != null) {
            box.add(new Paragraph("Next half-termly review: due from " + UkDates.date(outlook.halfTermly().dueFrom())
                    + ", by " + UkDates.date(outlook.halfTermly().dueBy()) + " (" + outlook.halfTermly().period()
                    + ")"));
        }
        if (!outlook.termly().state().needsAction() && outlook.termly().dueFrom() != null) {
            box.add(new Paragraph("Next termly agreement review: due from " + UkDates.date(outlook.termly().dueFrom())
                    + ", by " + UkDates.date(outlook.termly().dueBy()) + " (" + outlook.termly().period() + ")"));
        }
        return box;
    }

    private static RouterLink card(ReviewRow row) {
        Span title = new Span((row.heldOn() == null ? "No date yet" : UkDates.date(row.heldOn())) + " · "
                + (row.kind() == null ? "Kind not chosen" : row.kind().label()));
        title.addClassName("card-title");
        Span status = new Span(row.status().label());
        status.addClassName("tag");
        String detail = (row.signedBy() == null ? "Drafted by " + row.draftedBy() : "Signed off by " + row.signedBy())
                + (row.decision() == null ? "" : " · " + row.decision().label())
                + (row.nextReviewOn() == null ? "" : " · next review " + UkDates.date(row.nextReviewOn()));
        Span body = new Span(detail);
        body.addClassName("card-body");
        RouterLink link = new RouterLink(ReviewView.class, ReviewView.address(row.placementId(), row.id()));
        link.add(title, status, body);
        link.addClassNames("card", "review-card");
        return link;
    }
}
