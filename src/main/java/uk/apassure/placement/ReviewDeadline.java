package uk.apassure.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * When placements fall overdue for a review, asked of the review package (which depends on
 * placements, so it implements this interface that placements own). The grid's "review overdue"
 * flag filters on the answer stored on each placement ({@link ReviewDeadlines}).
 */
public interface ReviewDeadline {

    /**
     * By placement id, the first day on which each placement is overdue for a review unless one is
     * held before then; a placement that owes none (not active, no calendar for its dates) is left out.
     * Each school's calendar and all the placements' reviews are read once.
     */
    Map<Long, LocalDate> overdueFrom(Collection<PlacementBrief> placements);
}
