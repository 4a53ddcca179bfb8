package uk.apassure.audit;

/**
 * How much audit work one school has, as numbers only (governors, and trust leads by school).
 *
 * @param evidenceExpiring evidence of the school's providers expiring within {@link AuditWork#EXPIRY_DAYS} days, or expired
 */
public record AuditCounts(long drafts, long awaitingConfirmation, long awaitingDecision, long openConditions,
        long overdueConditions, long evidenceExpiring) {

    public static final AuditCounts NONE = new AuditCounts(0, 0, 0, 0, 0, 0);
}
