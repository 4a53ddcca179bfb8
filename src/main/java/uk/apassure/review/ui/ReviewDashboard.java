package uk.apassure.review.ui;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.DashboardContribution;
import uk.apassure.base.ui.DashboardTile;
import uk.apassure.base.ui.DashboardTile.Count;
import uk.apassure.base.ui.DashboardTile.Row;
import uk.apassure.base.ui.DashboardTile.Work;
import uk.apassure.review.ReviewCounts;
import uk.apassure.review.ReviewDueRow;
import uk.apassure.review.ReviewService;
import uk.apassure.review.ReviewWaiting;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * Reviews on the dashboard: reviews due and overdue (AP lead, SLT, headteacher: those who run
 * placements), and for SLT and the headteacher the placements to consider ending and the drafts
 * waiting for their sign-off. Governors see counts.
 */
@Component
class ReviewDashboard implements DashboardContribution {

    private final ReviewService reviews;
    private final AccessGuard access;

    ReviewDashboard(ReviewService reviews, AccessGuard access) {
        this.reviews = reviews;
        this.access = access;
    }

    @Override
    public List<DashboardTile> tiles() {
        List<DashboardTile> tiles = new ArrayList<>();
        if (!access.isPermitted(Permission.REVIEW_READ)) {
            if (access.isPermitted(Permission.REVIEW_COUNT)) {
                ReviewCounts counts = reviews.counts();
                tiles.add(new Count("Placements", 160, "Reviews due", counts.due(), null, counts.due() > 0));
                tiles.add(new Count("Placements", 161, "Reviews overdue", counts.overdue(), null, counts.overdue() > 0));
                tiles.add(new Count("Placements", 162, "Placements to consider ending", counts.considerEnding(), null,
                        counts.considerEnding() > 0));
            }
            return tiles;
        }
        boolean ownSchool = access.findCurrentUser().map(user -> user.schoolId() != null).orElse(false);
        boolean runsPlacements = access.isPermitted(Permission.PLACEMENT_EDIT) && access.isPermitted(Permission.REVIEW_DRAFT);
        if (!ownSchool || !runsPlacements) {
            return tiles;
        }
        List<ReviewDueRow> due = reviews.due();
        // 001 §8.3, 003: every active placement reviewed at least half-termly, the agreement termly
        tiles.add(new Work("reviews-due", 24, "Reviews due / overdue", due.stream()
                .filter(row -> row.state().needsAction())
                .map(row -> row.dueBy() == null
                        ? Row.flagged(row.pupilName(), String.join(" · ", row.reasons()), row.state().label(), href(row))
                        : Row.due(row.pupilName(), String.join(" · ", row.reasons()), row.dueBy(), href(row)))
                .toList(), null, "Every active placement's reviews are up to date"));
        if (access.isPermitted(Permission.REVIEW_SIGN)) {
            // 000 §14.7: three formal reviews without improvement, the school may end the placement
            tiles.add(new Work("reviews-consider-ending", 25, "Consider ending", due.stream()
                    .filter(ReviewDueRow::considerEnding)
                    .map(row -> Row.flagged(row.pupilName(), "Three formal reviews in a row without improvement",
                            "Consider ending", href(row)))
                    .toList(), null, "No placement has three formal reviews in a row without improvement"));
            List<ReviewWaiting> drafts = reviews.waitingForSignOff();
            tiles.add(new Work("reviews-to-sign", 26, "Reviews waiting for sign-off", drafts.stream()
                    .map(draft -> Row.waiting(draft.pupilName(), (draft.kind() == null ? "Review" : draft.kind().label())
                            + (draft.heldOn() == null ? "" : " on " + UkDates.date(draft.heldOn())) + " · drafted by "
                            + draft.draftedBy(), "placements/" + draft.placementId() + "/reviews/" + draft.reviewId()))
                    .toList(), null, "No review waits for your sign-off"));
        }
        return tiles;
    }

    private static String href(ReviewDueRow row) {
        return "placements/" + row.placementId();
    }
}
