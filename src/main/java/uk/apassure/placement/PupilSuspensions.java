package uk.apassure.placement;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pupil's suspensions as the placement page shows them, newest first, and their runs with the
 * day-6 duty of each; what the signed-in user may do is computed once by the service.
 *
 * @param calendarProblem why the runs cannot be worked out (a year without a calendar), or null
 */
public record PupilSuspensions(long pupilId, String pupilName, List<SuspensionLine> suspensions, List<RunDuty> runs,
        @Nullable String calendarProblem, boolean canRecord) {}
