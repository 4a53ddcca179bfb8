/**
 * Attendance at placements (DESIGN.md "Attendance"; 000 §15, 003): AM/PM marks for the sessions a
 * placement's timetable expects on the school's calendar, the DfE register code the school's own
 * register carries, a provider's daily return imported from CSV, the same-day follow-up of every
 * session still not known after the cut-off, and the weekly attendance percentage. Pupil data:
 * only inside the pupil's school and for trust leads; governors see counts.
 */
@NullMarked
package uk.apassure.attendance;

import org.jspecify.annotations.NullMarked;
