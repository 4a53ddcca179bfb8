package uk.apassure.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What features built on placements (reviews, attendance) need of one placement: whose it is, the
 * pupil's name, its dates and status, the planned outcomes and the providers it uses. Read through
 * {@link PlacementService}, which checks permission and scope.
 */
public record PlacementBrief(
        long id,
        long schoolId,
        String pupilName,
        PlacementStatus status,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        String plannedOutcomes,
        Set<Long> providerIds) {

    public PlacementBrief {
        providerIds = Set.copyOf(providerIds);
    }

    /** The same placement for counting: no pupil's name, no outcomes. */
    PlacementBrief withoutPupil() {
        return new PlacementBrief(id, schoolId, "", status, startsOn, endsOn, "", providerIds);
    }

    /**
     * The planned outcomes one a line, as they were typed (a blank line is no outcome, a leading
     * bullet is dropped); outcomes written on one line as a list with semicolons are split there.
     */
    public List<String> outcomes() {
        List<String> lines = plannedOutcomes.lines().map(String::strip).filter(line -> !line.isBlank()).toList();
        List<String> outcomes = lines.size() == 1 ? List.of(lines.getFirst().split(";")) : lines;
        return outcomes.stream().map(String::strip).map(line -> line.replaceFirst("^[-•*]\\s*", ""))
                .filter(line -> !line.isBlank())
                .map(line -> Character.toUpperCase(line.charAt(0)) + line.substring(1)).toList();
    }
}
