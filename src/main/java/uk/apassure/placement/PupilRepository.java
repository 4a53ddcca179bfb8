package uk.apassure.placement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PupilRepository extends JpaRepository<Pupil, Long> {

    Optional<Pupil> findBySchoolIdAndUpn(long schoolId, String upn);
}
