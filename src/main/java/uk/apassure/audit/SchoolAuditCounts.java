package uk.apassure.audit;

/**
 * How much audit work one school has, as numbers only (governors, and trust leads by school).
 *
 * @param evidenceExpiring evidence of the school's providers expiring within {@link AuditWork#EXPIRY_DAYS} days, or expired
 */
public record SchoolAuditCounts(long drafts, long awaitingConfirmation, long awaitingDecision, long openConditions,
        long overdueConditions, long evidenceExpiring) {

    public static final SchoolAuditCounts NONE = new SchoolAuditCounts(0, 0, 0, 0, 0, 0);
}
