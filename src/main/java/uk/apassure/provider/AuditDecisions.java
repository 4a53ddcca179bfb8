package uk.apassure.provider;

import uk.apassure.security.SignedInUser;

/**
 * Whether an audit of a provider has been decided by the user's own school: the only decision
 * {@link ProviderService#recordAuditDecision} records. Implemented where audits live (package
 * audit), which depends on this one.
 */
public interface AuditDecisions {

    boolean decidedByOwnSchool(long auditId, long providerId, SignedInUser user);
}
