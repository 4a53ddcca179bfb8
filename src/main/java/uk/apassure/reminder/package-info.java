/**
 * Reminders that are sent once, and only once: a weekly digest to each owner of what is due soon or
 * overdue, and a daily e-mail to each school's AP leads of what became overdue or needs review. Runs
 * on Spring's scheduler under a lock in MariaDB (ShedLock); a unique digest record per kind, period
 * and recipient keeps each one single even when the lock runs out mid-run; mails go through an
 * outbox that is sent after commit, retried, and shown with its state.
 */
@NullMarked
package uk.apassure.reminder;

import org.jspecify.annotations.NullMarked;
