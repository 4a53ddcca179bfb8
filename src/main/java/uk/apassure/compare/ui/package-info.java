/** The {@code /compare} page: the providers × measures grid, a drill-down by school, side by side, charts, exports. */
@NullMarked
package uk.apassure.compare.ui;

import org.jspecify.annotations.NullMarked;
