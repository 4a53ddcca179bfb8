package uk.apassure.visit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VisitRepository extends JpaRepository<Visit, Long>, VisitQueries {

    @Query("select v from Visit v join fetch v.provider left join fetch v.site where v.id = :id and v.trustId = :trustId")
    Optional<Visit> findInTrust(long id, long trustId);

    /**
     * The latest submitted visit or meeting of each school to each provider, for the cadence (003).
     * Only kinds that count ({@link VisitType#countsForCadence}) and only possible dates
     * ({@link VisitDates}): a visit typed as 2099 would otherwise hold off the cadence for ever.
     */
    @Query("select new uk.apassure.visit.LastVisit(v.schoolId, v.provider.id, max(v.visitedAt)) from Visit v"
            + " where v.trustId = :trustId and v.schoolId in :schoolIds"
            + " and (:providerId is null or v.provider.id = :providerId)"
            + " and v.status = uk.apassure.visit.VisitStatus.SUBMITTED and v.type in :types"
            + " and v.visitedAt between :earliest and :latest group by v.schoolId, v.provider.id")
    List<LastVisit> lastVisits(long trustId, java.util.Collection<Long> schoolIds,
            @org.jspecify.annotations.Nullable Long providerId, java.util.Collection<VisitType> types,
            LocalDateTime earliest, LocalDateTime latest);

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
