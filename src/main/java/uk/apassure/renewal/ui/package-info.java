/** The renewals grid ({@code /renewals}), its renew dialog and its dashboard tile. */
@NullMarked
package uk.apassure.renewal.ui;

import org.jspecify.annotations.NullMarked;
