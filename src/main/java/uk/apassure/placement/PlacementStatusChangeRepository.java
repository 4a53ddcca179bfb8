package uk.apassure.placement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementStatusChangeRepository extends JpaRepository<PlacementStatusChange, Long> {

    List<PlacementStatusChange> findByPlacementIdOrderByAtAsc(long placementId);
}
