package uk.apassure.visit;

/**
 * How much visit work one school has, as numbers only (governors, and trust leads by school).
 *
 * @param visitsThisYear submitted visits and meetings over the last twelve months
 * @param visitsOverdue providers with an active placement of the school whose next visit is overdue (003)
 */
public record VisitWorkCounts(long visitsThisYear, long drafts, long openConcerns, long overdueActions,
        long visitsOverdue) {

    public static final VisitWorkCounts NONE = new VisitWorkCounts(0, 0, 0, 0, 0);
}
