package uk.apassure.review;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something that must be done at a placement review before it is signed off, decided by a feature
 * built on reviews (the pupil's risk assessment, reviewed at each review: 001 §4.3), so that reviews
 * do not depend on it. Spring beans; {@link ReviewService#signOff} asks each one.
 */
public interface SignOffCheck {

    /** What is still to do before a review of this placement held on {@code heldOn} is signed off; empty when nothing. */
    List<String> missing(long placementId, LocalDate heldOn);

    /** The review was signed off in this transaction, with the next review's date (null when it ends). */
    default void signedOff(long placementId, @Nullable LocalDate nextReviewOn) {}
}
