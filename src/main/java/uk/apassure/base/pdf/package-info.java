/**
 * What every PDF of the product shares: one embedded open font that prints every pupil's and
 * provider's name as typed, an A4 page, and the small building blocks (a labelled line, a table
 * cell) the audit export and the parental notice letter are made of.
 */
@NullMarked
package uk.apassure.base.pdf;

import org.jspecify.annotations.NullMarked;
