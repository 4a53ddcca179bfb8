package uk.apassure.visit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The active placements the visit cadence runs for (003: every placement has a next-visit-due
 * date). The placement feature provides them: it builds on visits, so visits ask through this
 * interface rather than depend on it. Called only by {@link CadenceService}, after it has checked
 * who is asking and which schools' pupils they may see.
 */
public interface ActivePlacements {

    /**
     * The active placements of these schools with their weekly sessions by provider, in one query.
     * With {@code providerId}: only the placements with sessions there, and only those sessions.
     */
    List<ActivePlacement> of(Collection<Long> schoolIds, @Nullable Long providerId);

    /** One placement, when it is active. */
    Optional<ActivePlacement> of(long placementId);
}
