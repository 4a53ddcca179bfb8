package uk.apassure.reminder;

import java.time.LocalDate;

/**
 * One thing to renew, for one owner: what it is, whose, when it is due and where it stands, and
 * the path of the page where it is renewed (joined to the app's base address in an e-mail).
 *
 * @param stateSince the first day it has been in {@code state} (an overdue certificate: the day after
 *     it expired), so the daily e-mail reports it once, on the day it changed
 */
public record DueLine(String what, long providerId, String provider, long schoolId, String school, long ownerUserId,
        LocalDate dueDate, DueState state, LocalDate stateSince, String linkPath) {

    /** The same thing for another owner: the daily e-mail lists it once per school. */
    boolean sameThingAs(DueLine other) {
        return what.equals(other.what) && providerId == other.providerId && schoolId == other.schoolId
                && dueDate.equals(other.dueDate) && linkPath.equals(other.linkPath);
    }
}
