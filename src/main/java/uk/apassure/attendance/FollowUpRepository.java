package uk.apassure.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    @Query("select f from FollowUp f where f.placementId in :placements and f.date = :date order by f.recordedAt, f.id")
    List<FollowUp> findOn(Collection<Long> placements, LocalDate date);
}
