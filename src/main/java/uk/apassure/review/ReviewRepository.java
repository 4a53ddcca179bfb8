package uk.apassure.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<PlacementReview, Long> {

    @Query("""
            select new uk.apassure.review.ReviewRow(r.id, r.placementId, r.heldOn, r.kind, r.status, r.decision,
                r.nextReviewOn, r.draftedByName, r.signedByName)
            from PlacementReview r where r.placementId = :placementId
            order by r.heldOn desc nulls first, r.id desc""")
    List<ReviewRow> findRows(long placementId);

    /** The placement's draft, if one was started and not signed off yet. */
    java.util.Optional<PlacementReview> findFirstByPlacementIdAndStatusOrderByIdAsc(long placementId, ReviewStatus status);

    /** Signed reviews of these placements, oldest first: what the schedule counts. */
    @Query("""
            select new uk.apassure.review.HeldReview(r.placementId, r.id, r.heldOn, r.kind, r.improved)
            from PlacementReview r
            where r.placementId in :placementIds and r.status = uk.apassure.review.ReviewStatus.SIGNED
            order by r.heldOn, r.id""")
    List<HeldReview> findHeld(Collection<Long> placementIds);

    /** Drafts of the schools' placements, oldest first: what waits for a sign-off. */
    @Query("""
            select new uk.apassure.review.ReviewRow(r.id, r.placementId, r.heldOn, r.kind, r.status, r.decision,
                r.nextReviewOn, r.draftedByName, r.signedByName)
            from PlacementReview r
            where r.schoolId in :schools and r.status = uk.apassure.review.ReviewStatus.DRAFT
            order by r.heldOn, r.id""")
    List<ReviewRow> findDrafts(Collection<Long> schools);
}
