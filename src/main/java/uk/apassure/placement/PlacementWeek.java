package uk.apassure.placement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What attendance needs of one placement: whose it is, the pupil, its dates, its weekly timetable
 * and whether the pupil is dual registered. Read through {@link PlacementService}, which checks
 * permission and scope; those who see counts only get it without the pupil.
 */
public record PlacementWeek(
        long id,
        long schoolId,
        String pupilName,
        String upn,
        PlacementType type,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        boolean dualRegistration,
        Timetable timetable) {

    PlacementWeek withoutPupil() {
        return new PlacementWeek(id, schoolId, "", "", type, startsOn, endsOn, dualRegistration, timetable);
    }
}
