package uk.apassure.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * What is due soon, overdue or needs review, across every trust, one line per owner: what the
 * reminders mail. A system query (the scheduler has no signed-in user); each line goes only to its
 * owner or to the AP leads of its school. Implemented by {@link RenewalDue}: the rows of the
 * renewals view that are not "ok".
 */
public interface DueItems {

    /** Every line that is not "ok" on {@code today}. */
    List<DueLine> needingAttention(LocalDate today);
}
