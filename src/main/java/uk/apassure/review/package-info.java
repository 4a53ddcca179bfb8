/**
 * Placement reviews (DESIGN.md "Placement review"; 001 §8.3, 003, 004, 000 §8.4 and §14.7): at
 * least one review in every half-term a placement is active, the agreement reviewed termly, a
 * review at once after a safeguarding concern at the provider, and "consider ending" after three
 * formal reviews in a row without improvement. Drafts are autosaved; SLT or the headteacher sign a
 * review off; a signed review changes only through an amendment with a reason. Pupil data: only
 * inside the pupil's school and for trust leads; governors see counts.
 */
@NullMarked
package uk.apassure.review;

import org.jspecify.annotations.NullMarked;
