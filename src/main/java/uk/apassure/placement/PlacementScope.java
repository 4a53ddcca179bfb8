package uk.apassure.placement;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import uk.apassure.organisation.SchoolService;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Whose placements a user may see and change (DESIGN.md, the scoping rule): pupils of their own
 * school, or of every school of the trust for trust-wide roles; changes only by the pupil's own
 * school, and only until the placement has ended.
 */
@Component
class PlacementScope {

    private final PlacementRepository placements;
    private final SchoolService schools;
    private final AccessGuard access;

    PlacementScope(PlacementRepository placements, SchoolService schools, AccessGuard access) {
        this.placements = placements;
        this.schools = schools;
        this.access = access;
    }

    /** The schools whose pupils the user may see: their own, or the trust's for trust-wide roles. */
    List<SchoolSummary> schools(SignedInUser user) {
        boolean wholeTrust = access.isPermitted(Permission.TRUST_WIDE);
        if (!wholeTrust && user.schoolId() == null) {
            return List.of();
        }
        return schools.trustSchools().stream()
                .filter(school -> wholeTrust || Objects.equals(school.id(), user.schoolId())).toList();
    }

    List<Long> schoolIds(SignedInUser user) {
        return schools(user).stream().map(SchoolSummary::id).toList();
    }

    /** A placement in the user's scope; another school's is answered like a missing one. */
    Placement load(long placementId, SignedInUser user) {
        Placement placement = placements.findPage(placementId).orElseThrow(PlacementService.NotFound::new);
        if (!schoolIds(user).contains(placement.schoolId())) {
            throw new PlacementService.NotFound();
        }
        return placement;
    }

    boolean canEdit(SignedInUser user, Placement placement) {
        return access.isPermitted(Permission.PLACEMENT_EDIT) && Objects.equals(user.schoolId(), placement.schoolId())
                && !placement.status().isFinal();
    }

    /** A placement the user may change; refused otherwise. */
    Placement editable(long placementId, SignedInUser user) {
        Placement placement = load(placementId, user);
        if (!canEdit(user, placement)) {
            throw new PlacementService.InvalidPlacement(
                    "Only the pupil's own school changes a placement that has not ended.");
        }
        return placement;
    }
}
