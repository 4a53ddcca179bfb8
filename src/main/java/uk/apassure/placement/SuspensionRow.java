package uk.apassure.placement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of the suspensions grid, with the run it belongs to (null when its year has no calendar).
 */
public record SuspensionRow(long id, long pupilId, String pupilName, String schoolName, LocalDate firstDay,
        int schoolDays, @Nullable LocalDate lastDay, SuspensionReason reason, @Nullable RunDuty duty) {}
