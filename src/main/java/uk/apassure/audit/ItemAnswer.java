package uk.apassure.audit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the checker records for one item. Saved as it is typed, so the outcome may still be open;
 * {@code seenNotKeptReason} is "seen on site, not kept" (null when not ticked).
 */
public record ItemAnswer(@Nullable Outcome outcome, @NotNull @Size(max = 2000) String note,
        @Nullable LocalDate expiresOn, @Nullable @Size(max = 500) String seenNotKeptReason) {

    public ItemAnswer(@Nullable Outcome outcome, String note, @Nullable LocalDate expiresOn) {
        this(outcome, note, expiresOn, null);
    }
}
