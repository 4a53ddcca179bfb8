package uk.apassure.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewAmendmentRepository extends JpaRepository<ReviewAmendment, Long> {

    List<ReviewAmendment> findByReviewIdOrderByAmendedAtDescIdDesc(long reviewId);
}
