/** The pupil risk assessment section of the placement page. */
@NullMarked
package uk.apassure.pupilrisk.ui;

import org.jspecify.annotations.NullMarked;
