/**
 * Pupils' individual risk assessments (001 §4.3): the pupil's risks by area with the controls agreed
 * with the provider, approved by a named person and kept version by version; required before a
 * placement starts ({@link uk.apassure.placement.StartCheck}) and reviewed at each placement review
 * ({@link uk.apassure.review.SignOffCheck}). Pupil data: the pupil's own school and trust leads only.
 */
@NullMarked
package uk.apassure.pupilrisk;

import org.jspecify.annotations.NullMarked;
