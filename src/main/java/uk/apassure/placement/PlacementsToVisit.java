package uk.apassure.placement;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.calendar.SessionSlot;
import uk.apassure.visit.ActivePlacement;
import uk.apassure.visit.ActivePlacements;

/**
 * Active placements with their week at each provider, for the visit cadence (003), in one query.
 * Called only by the visit feature's cadence service, which checks who is asking first.
 */
@Component
@Transactional(readOnly = true)
class PlacementsToVisit implements ActivePlacements {

    private final PlacementRepository placements;

    PlacementsToVisit(PlacementRepository placements) {
        this.placements = placements;
    }

    @Override
    public List<ActivePlacement> of(Collection<Long> schoolIds, @Nullable Long providerId) {
        return schoolIds.isEmpty() ? List.of() : gather(placements.findActiveSessions(schoolIds, providerId));
    }

    @Override
    public Optional<ActivePlacement> of(long placementId) {
        return gather(placements.findActiveSessions(placementId)).stream().findFirst();
    }

    private static List<ActivePlacement> gather(List<ActiveSession> sessions) {
        Map<Long, ActiveSession> first = new LinkedHashMap<>();
        Map<Long, Map<Long, Set<SessionSlot>>> weeks = new HashMap<>();
        for (ActiveSession s : sessions) {
            first.putIfAbsent(s.placementId(), s);
            weeks.computeIfAbsent(s.placementId(), any -> new HashMap<>())
                    .computeIfAbsent(s.providerId(), any -> new HashSet<>()).add(new SessionSlot(s.day(), s.session()));
        }
        return first.values().stream().map(s -> new ActivePlacement(s.placementId(), s.schoolId(),
                s.firstName() + " " + s.lastName(), s.startsOn(), s.endsOn(), weeks.get(s.placementId()))).toList();
    }
}
