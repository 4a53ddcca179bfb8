package uk.apassure.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What is agreed for a placement: the type, dates, aims, cost and the weekly timetable. */
public record PlacementTerms(
        PlacementType type,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        String aims,
        String plannedOutcomes,
        @Nullable BigDecimal costPerSession,
        boolean dualRegistration,
        @Nullable LocalDate laInformedOn,
        Timetable timetable) {

    public static final int MAX_TEXT = 4000;
}
