/**
 * Visit logs (issue 4): QA visits recorded on a tablet as autosaved drafts, submitted and then only
 * amended with a reason; safeguarding concerns that alert the school's DSLs at once; the visit
 * cadence of 003 (a month or ten sessions, whichever is sooner).
 */
@NullMarked
package uk.apassure.visit;

import org.jspecify.annotations.NullMarked;
