package uk.apassure.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SuspensionRepository extends JpaRepository<Suspension, Long> {

    @Query("select s from Suspension s where s.pupilId in :pupils order by s.firstDay, s.id")
    List<Suspension> findByPupils(@Param("pupils") Collection<Long> pupils);

    /** One page of the grid: school-scoped in the query. */
    @Query("""
            select s from Suspension s where s.schoolId in :schools
            order by s.firstDay desc, s.id desc""")
    List<Suspension> findPage(@Param("schools") Collection<Long> schools, Pageable page);

    @Query("select count(s) from Suspension s where s.schoolId in :schools")
    long countInSchools(@Param("schools") Collection<Long> schools);

    /** The pupils suspended from {@code since} on, whose runs the dashboard and the counts look at. */
    @Query("select distinct s.pupilId from Suspension s where s.schoolId in :schools and s.firstDay >= :since")
    List<Long> findPupilsSuspendedSince(@Param("schools") Collection<Long> schools, @Param("since") LocalDate since);

    @Query("""
            select new uk.apassure.placement.PupilChoice(pu.id, concat(pu.firstName, ' ', pu.lastName), pu.yearGroup)
            from Pupil pu where pu.id in :pupils""")
    List<PupilChoice> findPupilNames(@Param("pupils") Collection<Long> pupils);

    /** Start dates of the pupils' placements of type "provision for a suspension". */
    @Query("""
            select new uk.apassure.placement.ProvisionStart(p.pupil.id, p.startsOn) from Placement p
            where p.pupil.id in :pupils and p.type = uk.apassure.placement.PlacementType.SUSPENSION_PROVISION""")
    List<ProvisionStart> findProvisionStarts(@Param("pupils") Collection<Long> pupils);
}
