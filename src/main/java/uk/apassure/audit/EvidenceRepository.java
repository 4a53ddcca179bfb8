package uk.apassure.audit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<EvidenceContent, Long> {

    @Query("select e from Evidence e join fetch e.item i join fetch i.audit a where e.id = :id and a.trustId = :trustId")
    Optional<Evidence> findEvidence(long id, long trustId);
}
