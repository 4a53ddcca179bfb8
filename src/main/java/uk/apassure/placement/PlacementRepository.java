package uk.apassure.placement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlacementRepository extends JpaRepository<Placement, Long> {

    @EntityGraph(attributePaths = {"pupil", "sessions", "agreement"})
    @Query("select p from Placement p where p.id = :id")
    Optional<Placement> findPage(@Param("id") long id);

    /** One page of the grid: school-scoped in the query, never filtered afterwards. */
    @Query("""
            select new uk.apassure.placement.PlacementRow(p.id, concat(pu.firstName, ' ', pu.lastName), pu.upn,
                pu.yearGroup, p.type, p.status, p.startsOn, p.endsOn, '')
            from Placement p join p.pupil pu
            where p.schoolId in :schools and (:status is null or p.status = :status)
            order by p.startsOn desc, p.id desc""")
    List<PlacementRow> findRows(@Param("schools") Collection<Long> schools,
            @Param("status") @Nullable PlacementStatus status, Pageable page);

    @Query("select count(p) from Placement p where p.schoolId in :schools and (:status is null or p.status = :status)")
    long countRows(@Param("schools") Collection<Long> schools, @Param("status") @Nullable PlacementStatus status);

    @Query("""
            select new uk.apassure.placement.UnsentNotice(p.id, concat(pu.firstName, ' ', pu.lastName), p.startsOn)
            from Placement p join p.pupil pu
            where p.schoolId = :school and p.status = uk.apassure.placement.PlacementStatus.PROPOSED
              and p.noticeSentOn is null
            order by p.startsOn, p.id""")
    List<UnsentNotice> findUnsentNotices(@Param("school") long school);

    @Query("""
            select distinct new uk.apassure.placement.PlacementProvider(p.id, s.providerId)
            from Placement p join p.sessions s where p.id in :ids""")
    List<PlacementProvider> findProviders(@Param("ids") Collection<Long> ids);

    /** A school's placements in these states, with pupils and timetables (the Ofsted-call list: tens, not thousands). */
    @EntityGraph(attributePaths = {"pupil", "sessions"})
    @Query("select p from Placement p where p.schoolId = :school and p.status in :statuses order by p.startsOn, p.id")
    List<Placement> findWithTimetables(@Param("school") long school,
            @Param("statuses") Collection<PlacementStatus> statuses);

    /** Active placements of the schools with their pupils and weeks: for reviews and attendance. */
    @EntityGraph(attributePaths = {"pupil", "sessions"})
    @Query("""
            select p from Placement p where p.schoolId in :schools
              and p.status = uk.apassure.placement.PlacementStatus.ACTIVE order by p.startsOn, p.id""")
    List<Placement> findActiveIn(@Param("schools") Collection<Long> schools);

    @Query("""
            select new uk.apassure.placement.PlacementCount(p.status, count(p)) from Placement p
            where p.schoolId in :schools group by p.status order by p.status""")
    List<PlacementCount> countByStatus(@Param("schools") Collection<Long> schools);

    /** The weekly sessions of active placements, for the visit cadence; only those at {@code provider} when given. */
    @Query("""
            select new uk.apassure.placement.ActiveSession(p.id, p.schoolId, pu.firstName, pu.lastName, p.startsOn,
                p.endsOn, s.providerId, s.day, s.session)
            from Placement p join p.pupil pu join p.sessions s
            where p.status = uk.apassure.placement.PlacementStatus.ACTIVE and p.schoolId in :schools
              and (:provider is null or s.providerId = :provider)
            order by p.startsOn, p.id""")
    List<ActiveSession> findActiveSessions(@Param("schools") Collection<Long> schools,
            @Param("provider") @Nullable Long provider);

    @Query("""
            select new uk.apassure.placement.ActiveSession(p.id, p.schoolId, pu.firstName, pu.lastName, p.startsOn,
                p.endsOn, s.providerId, s.day, s.session)
            from Placement p join p.pupil pu join p.sessions s
            where p.id = :id and p.status = uk.apassure.placement.PlacementStatus.ACTIVE""")
    List<ActiveSession> findActiveSessions(@Param("id") long id);
}
