/**
 * School calendars: each school's academic years (six half-terms, INSET days and other closures)
 * and England's bank holidays, and the one service that answers every "school day", "half-term"
 * and "session" question of the product. Nothing else counts days.
 */
@NullMarked
package uk.apassure.calendar;

import org.jspecify.annotations.NullMarked;
