package uk.apassure.placement;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One recorded suspension, with its last day on the school calendar (null when the year has no calendar). */
public record SuspensionLine(long id, LocalDate firstDay, int schoolDays, @Nullable LocalDate lastDay, SuspensionReason reason,
        String recordedBy, Instant recordedAt) {}
