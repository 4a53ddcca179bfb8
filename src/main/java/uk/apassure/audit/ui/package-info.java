/** The audit views: the list, one audit to fill and sign off, and the provider page's audit section. */
@NullMarked
package uk.apassure.audit.ui;

import org.jspecify.annotations.NullMarked;
