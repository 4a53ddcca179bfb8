package uk.apassure.attendance;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The weekly attendance of one placement for its page: the recent weeks, newest first, and the
 * code the school's register carries.
 *
 * @param calendarProblem why the weeks cannot be counted, when the school's calendar cannot answer
 */
public record PlacementAttendance(long placementId, RegisterCode registerCode, List<WeekFigures> weeks,
        @Nullable String calendarProblem) {}
