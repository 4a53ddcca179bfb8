package uk.apassure.risk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The columns a provider's current assessment's state follows from (a query row). */
public record CurrentApproval(long assessmentId, long providerId, LocalDate approvedOn,
        @Nullable LocalDate reviewNeededSince) {}
