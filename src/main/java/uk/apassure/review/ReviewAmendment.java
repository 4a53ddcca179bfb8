package uk.apassure.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One changed field of a signed review: who, when, before, after and why. Never edited. */
@Entity
@Table(name = "placement_review_amendment")
class ReviewAmendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long reviewId;
    private String field = "";

    @Column(columnDefinition = "text")
    private String beforeValue = "";

    @Column(columnDefinition = "text")
    private String afterValue = "";

    private String reason = "";
    private long amendedById;
    private String amendedByName = "";
    private Instant amendedAt = Instant.EPOCH;

    protected ReviewAmendment() {}

    ReviewAmendment(long reviewId, String field, String before, String after, String reason, long byId,
            String byName, Instant at) {
        this.reviewId = reviewId;
        this.field = field;
        this.beforeValue = before;
        this.afterValue = after;
        this.reason = reason;
        this.amendedById = byId;
        this.amendedByName = byName;
        this.amendedAt = at;
    }

    ReviewPage.Amendment toView() {
        return new ReviewPage.Amendment(field, beforeValue, afterValue, reason, amendedByName, amendedAt);
    }
}
