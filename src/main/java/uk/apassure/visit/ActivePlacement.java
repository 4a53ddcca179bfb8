package uk.apassure.visit;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.apassure.calendar.SessionSlot;

/** An active placement as the visit cadence needs it: whose, when, and its week at each provider. */
public record ActivePlacement(long id, long schoolId, String pupilName, LocalDate startsOn, @Nullable LocalDate endsOn,
        Map<Long, Set<SessionSlot>> weekByProvider) {

    public ActivePlacement {
        weekByProvider = Map.copyOf(weekByProvider);
    }
}
