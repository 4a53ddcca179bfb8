/** The provider page's risk assessment section and its dialogs. */
@NullMarked
package uk.apassure.risk.ui;

import org.jspecify.annotations.NullMarked;
