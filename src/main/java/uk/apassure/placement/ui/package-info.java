/** Placement pages: {@code /placements}, {@code /placements/new}, {@code /placements/{id}}. */
@NullMarked
package uk.apassure.placement.ui;

import org.jspecify.annotations.NullMarked;
