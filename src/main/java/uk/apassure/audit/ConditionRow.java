package uk.apassure.audit;

import java.time.LocalDate;

/** A condition of an "approve with conditions" decision, with the audit and school it belongs to. */
public record ConditionRow(long auditId, long providerId, String providerName, String schoolName, String description,
        String ownerName, LocalDate dueOn, boolean done) {}
