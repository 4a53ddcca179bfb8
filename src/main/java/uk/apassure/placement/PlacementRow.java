package uk.apassure.placement;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One line of the placements grid: the pupil, the providers of the week, the school, and what needs attention. */
public record PlacementRow(
        long id,
        String pupilName,
        String upn,
        int yearGroup,
        PlacementType type,
        PlacementStatus status,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        String providers,
        String schoolName,
        Set<PlacementFlag> flags) {}
