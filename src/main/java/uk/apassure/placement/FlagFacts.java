package uk.apassure.placement;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the grid's flags are judged against besides the placement's own columns: the day ("notice
 * late", "review overdue") and the trust's providers over the registration trigger (001 §7.2).
 */
record FlagFacts(LocalDate today, Set<Long> triggerProviders) {

    FlagFacts {
        triggerProviders = Set.copyOf(triggerProviders);
    }
}
