package uk.apassure.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrustRepository extends JpaRepository<Trust, Long> {
    Optional<Trust> findByName(String name);
}
