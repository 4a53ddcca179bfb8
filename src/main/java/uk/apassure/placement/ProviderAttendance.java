package uk.apassure.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Attendance per provider for the placements grid's rows, asked of the attendance package (which
 * depends on placements, so it implements this interface that placements own).
 */
public interface ProviderAttendance {

    /**
     * For each placement, by provider id, the percentage of its sessions there attended in the last
     * school week before the one holding {@code today} (Monday to Friday), closures left out. A
     * provider with no session counted that week is missing; a user who may not read attendance gets
     * an empty map.
     */
    Map<Long, Map<Long, Integer>> lastWeek(Collection<PlacementWeek> placements, LocalDate today);
}
