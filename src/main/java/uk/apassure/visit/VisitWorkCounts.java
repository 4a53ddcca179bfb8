package uk.apassure.visit;

/**
 * How much visit work one school has, as numbers only (governors, and trust leads by school).
 *
 * @param visitsThisYear submitted visits and meetings over the last twelve months
 * @param visitsOverdue providers the school uses whose next visit is overdue (003 cadence)
 */
public record VisitWorkCounts(long visitsThisYear, long drafts, long openConcerns, long overdueActions,
        long visitsOverdue) {

    public static final VisitWorkCounts NONE = new VisitWorkCounts(0, 0, 0, 0, 0);
}
