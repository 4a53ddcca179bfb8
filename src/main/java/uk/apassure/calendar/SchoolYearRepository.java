package uk.apassure.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolYearRepository extends JpaRepository<SchoolYear, Long> {

    @EntityGraph(attributePaths = {"halfTerms", "closures"})
    List<SchoolYear> findBySchoolIdOrderByStartYear(long schoolId);

    Optional<SchoolYear> findBySchoolIdAndStartYear(long schoolId, int startYear);
}
