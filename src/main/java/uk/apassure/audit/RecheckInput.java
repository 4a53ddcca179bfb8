package uk.apassure.audit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An item an adopting school checks again, with its own finding. */
public record RecheckInput(long itemId, @NotNull Outcome outcome, @NotNull @Size(max = 2000) String note) {}
