/**
 * Time as a school in England sees it: one {@link java.time.Clock} set to Europe/London for the
 * whole application, and one way to show dates and times (e.g. {@code Mon 9 Nov 2026}).
 */
@NullMarked
package uk.apassure.base.time;

import org.jspecify.annotations.NullMarked;
