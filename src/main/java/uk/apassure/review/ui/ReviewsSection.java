package uk.apassure.review.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.ui.PlacementPageSection;
import uk.apassure.review.ReviewService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/** Adds {@link ReviewsPanel} to the placement page for those who may read reviews. */
@org.springframework.stereotype.Component
class ReviewsSection implements PlacementPageSection {

    private final ReviewService reviews;
    private final AccessGuard access;

    ReviewsSection(ReviewService reviews, AccessGuard access) {
        this.reviews = reviews;
        this.access = access;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> create(PlacementPage placement) {
        if (!access.isPermitted(Permission.REVIEW_READ)) {
            return Optional.empty();
        }
        return Optional.of(new ReviewsPanel(reviews, reviews.forPlacement(placement.id())));
    }
}
