package uk.apassure.visit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** When an approved provider was last visited and when the next visit is due (003). */
public record CadenceRow(long providerId, String providerName, @Nullable LocalDate lastVisit,
        @Nullable LocalDate nextDue, VisitCadence.Due state) {}
