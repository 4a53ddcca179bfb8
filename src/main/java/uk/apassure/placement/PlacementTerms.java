package uk.apassure.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What is agreed for a placement: the type, dates, aims, cost, the weekly timetable and what the
 * parental notice letter tells parents besides.
 */
public record PlacementTerms(
        PlacementType type,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        String aims,
        String plannedOutcomes,
        @Nullable BigDecimal costPerSession,
        boolean dualRegistration,
        @Nullable LocalDate laInformedOn,
        Timetable timetable,
        NoticeDetails notice) {

    public static final int MAX_TEXT = 4000;

    /** Terms whose notice details are not known yet. */
    public PlacementTerms(PlacementType type, LocalDate startsOn, @Nullable LocalDate endsOn, String aims,
            String plannedOutcomes, @Nullable BigDecimal costPerSession, boolean dualRegistration,
            @Nullable LocalDate laInformedOn, Timetable timetable) {
        this(type, startsOn, endsOn, aims, plannedOutcomes, costPerSession, dualRegistration, laInformedOn, timetable,
                NoticeDetails.NONE);
    }
}
