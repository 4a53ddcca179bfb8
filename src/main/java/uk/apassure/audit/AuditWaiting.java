package uk.apassure.audit;

import java.time.Instant;

/** An audit waiting for someone's step: who took it to this state, and when. */
public record AuditWaiting(long auditId, long providerId, String providerName, AuditState state, String by,
        Instant since) {}
