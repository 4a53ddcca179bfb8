package uk.apassure.visit;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A provider's visit cadence for the user's school (trust leads: the trust): the most urgent of its
 * active placements there decides (003).
 *
 * @param placements never empty, the most urgent first
 */
public record CadenceRow(long providerId, String providerName, List<PlacementCadence> placements) {

    public CadenceRow {
        if (placements.isEmpty()) {
            throw new IllegalArgumentException("A provider's cadence comes from at least one placement");
        }
        placements = List.copyOf(placements);
    }

    public PlacementCadence mostUrgent() {
        return placements.getFirst();
    }

    public VisitCadence.Due state() {
        return mostUrgent().state();
    }

    public @Nullable LocalDate nextDue() {
        return mostUrgent().nextDue();
    }
}
