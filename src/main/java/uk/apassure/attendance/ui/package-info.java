/** The attendance screen, the placement page's attendance panel and the dashboard tiles. */
@NullMarked
package uk.apassure.attendance.ui;

import org.jspecify.annotations.NullMarked;
