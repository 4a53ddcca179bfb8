package uk.apassure.review;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.apassure.base.domain.FieldAmendment;

/** One changed field of a signed review: who, when, before, after and why. Never edited. */
@Entity
@Table(name = "placement_review_amendment")
class ReviewAmendment extends FieldAmendment {

    private long reviewId;

    protected ReviewAmendment() {}

    ReviewAmendment(long reviewId, String field, String before, String after, String reason, long byId,
            String byName, Instant at) {
        super(field, before, after, reason, byId, byName, at);
        this.reviewId = reviewId;
    }
}
