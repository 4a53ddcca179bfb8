package uk.apassure.audit;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A condition of approval: an action, who owns it and when it is due. */
public record ConditionInput(@NotBlank @Size(max = 1000) String description, @NotBlank @Size(max = 200) String owner,
        @NotNull @FutureOrPresent LocalDate dueOn) {}
