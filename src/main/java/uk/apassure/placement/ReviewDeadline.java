package uk.apassure.placement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a placement falls overdue for a review, asked of the review package (which depends on
 * placements, so it implements this interface that placements own). The grid's "review overdue"
 * flag filters on the answer stored on the placement ({@link ReviewDeadlines}).
 */
public interface ReviewDeadline {

    /**
     * The first day on which the placement is overdue for a review unless one is held before then;
     * null when it owes none (not active, no calendar for its dates).
     */
    @Nullable LocalDate overdueFrom(PlacementBrief placement);
}
