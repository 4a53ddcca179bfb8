package uk.apassure.visit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConcernMailRepository extends JpaRepository<ConcernMail, Long> {

    /**
     * Locks up to {@code max} alerts that are due. SKIP LOCKED: a row another sender (this node or
     * another) is claiming right now is left to it, so no alert is sent twice at once.
     */
    @Query(value = "select id from concern_mail where next_attempt_at <= :now order by next_attempt_at, id"
            + " limit :max for update skip locked", nativeQuery = true)
    List<Long> lockDue(Instant now, int max);

    List<ConcernMail> findByConcernIdOrderByRecipientNameAscIdAsc(long concernId);
}
