package uk.apassure.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlacementRepository extends JpaRepository<Placement, Long>, PlacementQueries {

    @EntityGraph(attributePaths = {"pupil", "sessions", "agreement"})
    @Query("select p from Placement p where p.id = :id")
    Optional<Placement> findPage(@Param("id") long id);

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

    /** Those of these placements that are active, with their pupils and weeks: a page of the grid (50 at most). */
    @EntityGraph(attributePaths = {"pupil", "sessions"})
    @Query("select p from Placement p where p.id in :ids and p.status = uk.apassure.placement.PlacementStatus.ACTIVE")
    List<Placement> findActiveWithWeeks(@Param("ids") Collection<Long> ids);

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

    /** Each start date of a school's placements with the last notice day stored for it. */
    @Query("""
            select distinct new uk.apassure.placement.PlacementRepository$StartAndDue(p.startsOn, p.noticeDueBy)
            from Placement p where p.schoolId = :school""")
    List<StartAndDue> findStartsAndDues(@Param("school") long school);

    /** Derived from the calendar, not an edit: the version stays (an open edit form is not made stale). */
    @Modifying(flushAutomatically = true)
    @Query("update Placement p set p.noticeDueBy = :dueBy where p.schoolId = :school and p.startsOn = :startsOn")
    int updateNoticeDueBy(@Param("school") long school, @Param("startsOn") LocalDate startsOn,
            @Param("dueBy") @Nullable LocalDate dueBy);

    /** Derived from the reviews and the calendar (ReviewDeadlines): the version stays. */
    @Modifying(flushAutomatically = true)
    @Query("update Placement p set p.reviewOverdueFrom = :from where p.id = :id")
    int updateReviewOverdueFrom(@Param("id") long id, @Param("from") @Nullable LocalDate from);

    record StartAndDue(LocalDate startsOn, @Nullable LocalDate noticeDueBy) {}

    /** The pupil's name as every placement of the pupil sorts it in the grid (derived: the versions stay). */
    @Modifying(flushAutomatically = true)
    @Query("update Placement p set p.pupilSortName = :name where p.pupil.id = :pupil")
    int renamePupil(@Param("pupil") long pupil, @Param("name") String name);
}
