package uk.apassure.visit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A safeguarding concern raised at a provider, as its page lists it.
 *
 * @param description the text, only for the school's DSLs, its headteacher and the author; null for others
 */
public record ProviderConcern(long visitId, String schoolName, Instant raisedAt, @Nullable Instant closedAt,
        @Nullable String description) {

    public boolean open() {
        return closedAt == null;
    }
}
