package uk.apassure.audit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<EvidenceContent, Long> {

    @Query("select e from Evidence e join fetch e.item i join fetch i.audit a where e.id = :id and a.trustId = :trustId")
    Optional<Evidence> findEvidence(long id, long trustId);

    /** A correction keeps the corrected audit's files: the bytes are copied inside the database, never read. */
    @Modifying
    @Query(value = """
            insert into audit_evidence_content (evidence_id, content)
            select :copyId, content from audit_evidence_content where evidence_id = :originalId""", nativeQuery = true)
    int copyContent(long originalId, long copyId);
}
