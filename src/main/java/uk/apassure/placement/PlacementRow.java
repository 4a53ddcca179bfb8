package uk.apassure.placement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of the placements grid. */
public record PlacementRow(
        long id,
        String pupilName,
        String upn,
        int yearGroup,
        PlacementType type,
        PlacementStatus status,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        String providers) {}
