package uk.apassure.provider;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the register grid. Active placements are 0 until placements are built (a later
 * issue); the column is there so the grid does not change shape then.
 */
public record ProviderRow(
        long id,
        String name,
        ProviderType type,
        ProviderStatus status,
        @Nullable String urn,
        @Nullable OfstedJudgement ofstedJudgement,
        @Nullable LocalDate ofstedDate,
        @Nullable String town,
        boolean laApproved,
        Registration registration) {

    public int activePlacements() {
        return 0;
    }
}
