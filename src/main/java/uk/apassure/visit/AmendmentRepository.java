package uk.apassure.visit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AmendmentRepository extends JpaRepository<VisitAmendment, Long> {

    List<VisitAmendment> findByVisitIdOrderByAmendedAtDescIdDesc(long visitId);
}
