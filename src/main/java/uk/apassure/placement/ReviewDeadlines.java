package uk.apassure.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.CalendarChanged;
import uk.apassure.organisation.SchoolService;

/**
 * Keeps each placement's {@code review_overdue_from} (V25) in step, so that the grid's "review
 * overdue" is a condition on the placement's own columns that MariaDB filters: worked out when a
 * placement changes status or dates, when its reviews change ({@link ReviewsChanged}) and, for a
 * school's active placements, when its calendar changes. The rule itself is the review package's
 * ({@link ReviewDeadline}).
 */
@Component
class ReviewDeadlines {

    private final ReviewDeadline deadline;
    private final SchoolService schools;
    private final PlacementRepository placements;

    ReviewDeadlines(ReviewDeadline deadline, SchoolService schools, PlacementRepository placements) {
        this.deadline = deadline;
        this.schools = schools;
        this.placements = placements;
    }

    /** On a placement being saved anyway (status, dates): stored with it. */
    void update(Placement placement) {
        placement.reviewOverdueFrom(deadline.overdueFrom(List.of(placement.brief())).get(placement.requireId()));
    }

    /** In the review's transaction: a signed review and the new date are saved together, or neither. */
    @EventListener
    void reviewsChanged(ReviewsChanged event) {
        placements.findById(event.placementId()).ifPresent(placement -> store(List.of(placement)));
    }

    @EventListener
    void calendarChanged(CalendarChanged event) {
        if (event.schoolId() != null) {
            store(placements.findActiveIn(List.of(event.schoolId())));
        } else {
            refreshTrust();
        }
    }

    /** Every school of the signed-in user's trust (bank holidays: a calendar change without a school). */
    void refreshTrust() {
        store(placements.findActiveIn(schools.trustSchools().stream().map(SchoolService.SchoolSummary::id).toList()));
    }

    /**
     * Derived, not an edit: written without touching the version (an open edit form stays current),
     * and only where the date moved. A school's active placements: tens, each calendar read once.
     */
    private void store(List<Placement> changed) {
        Map<Long, LocalDate> dates = deadline.overdueFrom(changed.stream().map(Placement::brief).toList());
        for (Placement placement : changed) {
            LocalDate from = dates.get(placement.requireId());
            if (!Objects.equals(from, placement.reviewOverdueFrom())) {
                placements.updateReviewOverdueFrom(placement.requireId(), from);
            }
        }
    }
}
