/**
 * Providers compared across the trust's schools ({@code /compare}): the measures of each provider over
 * a period, counted in MariaDB, by provider for trust leads and school leaders, and by school and
 * provider type for governors (never a pupil).
 */
@NullMarked
package uk.apassure.compare;

import org.jspecify.annotations.NullMarked;
