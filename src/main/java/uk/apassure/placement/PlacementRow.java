package uk.apassure.placement;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One line of the placements grid: the pupil, the providers of the week, the school, what needs
 * attention and, for an active placement, last week's attendance at each provider ("Grid farm 92%,
 * Grid workshop 50%"; empty when none was counted or the user does not read attendance).
 */
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
        Set<PlacementFlag> flags,
        String attendance) {}
