/** The school calendar editor for administrators and trust leads ({@code /admin/calendars}). */
@NullMarked
package uk.apassure.calendar.ui;

import org.jspecify.annotations.NullMarked;
