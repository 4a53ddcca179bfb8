package uk.apassure.visit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VisitRepository extends JpaRepository<Visit, Long>, VisitQueries {

    @Query("select v from Visit v join fetch v.provider left join fetch v.site where v.id = :id and v.trustId = :trustId")
    Optional<Visit> findInTrust(long id, long trustId);

    /** The latest submitted visit or meeting per provider, for the cadence: one school, or the whole trust. */
    @Query("select v.provider.id, max(v.visitedAt) from Visit v where v.trustId = :trustId"
            + " and (:schoolId is null or v.schoolId = :schoolId)"
            + " and v.status = uk.apassure.visit.VisitStatus.SUBMITTED group by v.provider.id")
    List<Object[]> lastVisits(long trustId, @org.jspecify.annotations.Nullable Long schoolId);

    @Query("select max(v.visitedAt) from Visit v where v.trustId = :trustId and v.provider.id = :providerId"
            + " and (:schoolId is null or v.schoolId = :schoolId)"
            + " and v.status = uk.apassure.visit.VisitStatus.SUBMITTED")
    @org.jspecify.annotations.Nullable LocalDateTime lastVisit(long trustId, @org.jspecify.annotations.Nullable Long schoolId,
            long providerId);

    @Query("select v.type, count(v) from Visit v where v.trustId = :trustId"
            + " and (:schoolId is null or v.schoolId = :schoolId)"
            + " and v.status = uk.apassure.visit.VisitStatus.SUBMITTED and v.visitedAt >= :since group by v.type")
    List<Object[]> countByType(long trustId, @org.jspecify.annotations.Nullable Long schoolId, LocalDateTime since);

    @Query("select a from VisitAction a join fetch a.visit v where a.id = :id and v.trustId = :trustId")
    Optional<VisitAction> findAction(long id, long trustId);
}
