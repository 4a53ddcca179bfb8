package uk.apassure.pupilrisk;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PupilRiskRepository extends JpaRepository<PupilRiskAssessment, Long> {

    /** Every version of a placement's assessment with its lines, newest first (one query). */
    @Query("select distinct a from PupilRiskAssessment a left join fetch a.lines where a.placementId = :placementId"
            + " order by a.versionNo desc")
    List<PupilRiskAssessment> findAllOf(long placementId);

    Optional<PupilRiskAssessment> findByPlacementIdAndStatus(long placementId, RiskStatus status);

    @Query("select coalesce(max(a.versionNo), 0) from PupilRiskAssessment a where a.placementId = :placementId")
    int lastVersionNo(long placementId);
}
