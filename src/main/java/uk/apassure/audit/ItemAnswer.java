package uk.apassure.audit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the checker records for one item. */
public record ItemAnswer(@NotNull Outcome outcome, @NotNull @Size(max = 2000) String note, @Nullable LocalDate expiresOn) {}
