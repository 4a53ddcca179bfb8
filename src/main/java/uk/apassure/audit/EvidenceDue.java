package uk.apassure.audit;

import java.time.LocalDate;

/** Evidence of a provider's latest decided audit that expires (or is due for review) soon, or has. */
public record EvidenceDue(long auditId, long providerId, String providerName, String prompt, LocalDate expiresOn) {}
