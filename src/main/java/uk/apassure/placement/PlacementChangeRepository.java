package uk.apassure.placement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementChangeRepository extends JpaRepository<PlacementChange, Long> {

    List<PlacementChange> findByPlacementIdOrderByAtAsc(long placementId);
}
