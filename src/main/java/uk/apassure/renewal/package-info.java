/**
 * Renewals: everything with an expiry or review date (certificates and insurance, policies, staff
 * check confirmations, audits older than a year, LA-approved-list membership), each in a state
 * (ok, due soon, overdue, review needed) for the school that relies on it, and renewed with new
 * evidence and a new date without touching the signed-off record it renews.
 */
@NullMarked
package uk.apassure.renewal;

import org.jspecify.annotations.NullMarked;
