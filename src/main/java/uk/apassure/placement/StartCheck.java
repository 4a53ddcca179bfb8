package uk.apassure.placement;

import java.util.List;

/**
 * Something a placement needs before it becomes active that a feature built on placements decides
 * (the pupil's individual risk assessment, 001 §4.3), so that placements do not depend on it.
 * Spring beans; {@link PlacementService} asks each one when a placement starts, after its own checks.
 */
public interface StartCheck {

    /** What is still missing before this placement can start, in words for the user; empty when nothing is. */
    List<String> missing(long placementId);
}
