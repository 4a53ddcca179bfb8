package uk.apassure.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.apassure.calendar.Session;

interface AttendanceMarkRepository extends JpaRepository<AttendanceMark, Long> {

    @Query("""
            select m from AttendanceMark m where m.placementId in :placements and m.date between :from and :to""")
    List<AttendanceMark> findFor(Collection<Long> placements, LocalDate from, LocalDate to);

    Optional<AttendanceMark> findByPlacementIdAndDateAndSession(long placementId, LocalDate date, Session session);
}
