package uk.apassure.pupilrisk;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PupilRiskReviewRepository extends JpaRepository<PupilRiskReview, Long> {

    List<PupilRiskReview> findByPlacementIdOrderByRecordedAtDescIdDesc(long placementId);
}
