package uk.apassure.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolRepository extends JpaRepository<School, Long> {
    List<School> findByTrustIdOrderByName(long trustId);
}
