package uk.apassure.visit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.visit.VisitCadence.Due;
import uk.apassure.visit.VisitCadence.NextVisit;

/**
 * One provider of one active placement and when the school's next visit there is due (003).
 *
 * @param pupilName null for someone who may count visits but not see pupils
 * @param next null when the school calendar does not cover the dates ({@code problem} says which)
 */
public record PlacementCadence(long placementId, @Nullable String pupilName, long schoolId, long providerId,
        String providerName, @Nullable NextVisit next, Due state, @Nullable String problem) {

    public @Nullable LocalDate nextDue() {
        return next == null ? null : next.due();
    }

    public @Nullable LocalDate lastVisit() {
        return next == null ? null : next.lastVisit();
    }
}
