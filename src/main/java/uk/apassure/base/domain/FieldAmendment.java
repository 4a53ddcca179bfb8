package uk.apassure.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The stored form of an {@link Amendment}: who changed which field of a record, from what, to
 * what, when and why. Never edited. Each feature maps its own table, adding the record's id.
 */
@MappedSuperclass
public abstract class FieldAmendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String field = "";

    @Column(columnDefinition = "text")
    private String beforeValue = "";

    @Column(columnDefinition = "text")
    private String afterValue = "";

    private String reason = "";
    private long amendedById;
    private String amendedByName = "";
    private Instant amendedAt = Instant.EPOCH;

    protected FieldAmendment() {}

    protected FieldAmendment(String field, String before, String after, String reason, long byId, String byName,
            Instant at) {
        this.field = field;
        this.beforeValue = before;
        this.afterValue = after;
        this.reason = reason;
        this.amendedById = byId;
        this.amendedByName = byName;
        this.amendedAt = at;
    }

    public Amendment toView() {
        return new Amendment(field, beforeValue, afterValue, reason, amendedByName, amendedAt);
    }
}
