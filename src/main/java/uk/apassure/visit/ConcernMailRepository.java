package uk.apassure.visit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConcernMailRepository extends JpaRepository<ConcernMail, Long> {

    @Query("select m from ConcernMail m where m.sentAt is null and m.attempts < :maxAttempts order by m.id")
    List<ConcernMail> findUnsent(int maxAttempts);

    List<ConcernMail> findByConcernId(long concernId);
}
