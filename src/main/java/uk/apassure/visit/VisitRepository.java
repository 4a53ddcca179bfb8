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
    /** Only possible dates count (VisitDates): a visit typed as 2099 would otherwise hold off the cadence for ever. */
    @Query("select v.provider.id, max(v.visitedAt) from Visit v where v.trustId = :trustId"
            + " and (:schoolId is null or v.schoolId = :schoolId)"
            + " and v.status = uk.apassure.visit.VisitStatus.SUBMITTED"
            + " and v.visitedAt between :earliest and :latest group by v.provider.id")
    List<Object[]> lastVisits(long trustId, @org.jspecify.annotations.Nullable Long schoolId, LocalDateTime earliest,
            LocalDateTime latest);

    @Query("select max(v.visitedAt) from Visit v where v.trustId = :trustId and v.provider.id = :providerId"
            + " and (:schoolId is null or v.schoolId = :schoolId)"
            + " and v.status = uk.apassure.visit.VisitStatus.SUBMITTED"
            + " and v.visitedAt between :earliest and :latest")
    @org.jspecify.annotations.Nullable LocalDateTime lastVisit(long trustId, @org.jspecify.annotations.Nullable Long schoolId,
            long providerId, LocalDateTime earliest, LocalDateTime latest);

    /** The types of the visits a user recorded, newest first: a new visit starts with the last one used. */
    @Query("select v.type from Visit v where v.recordedById = :userId and v.type is not null"
            + " order by v.createdAt desc, v.id desc")
    List<VisitType> typesRecordedBy(long userId, org.springframework.data.domain.Pageable page);

    @Query("select v.type, count(v) from Visit v where v.trustId = :trustId"
            + " and (:schoolId is null or v.schoolId = :schoolId)"
            + " and v.status = uk.apassure.visit.VisitStatus.SUBMITTED and v.visitedAt >= :since group by v.type")
    List<Object[]> countByType(long trustId, @org.jspecify.annotations.Nullable Long schoolId, LocalDateTime since);

    @Query("select a from VisitAction a join fetch a.visit v where a.id = :id and v.trustId = :trustId")
    Optional<VisitAction> findAction(long id, long trustId);
}
