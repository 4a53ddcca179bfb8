package uk.apassure.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;

/**
 * A safeguarding concern raised on a visit: open until a DSL of the school records the outcome
 * and closes it. One per visit; raising it alerts every DSL of the school (DESIGN.md).
 */
@Entity
@Table(name = "safeguarding_concern")
public class SafeguardingConcern extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id", updatable = false)
    private Visit visit;

    private String description = "";
    private Instant raisedAt = Instant.EPOCH;
    private long raisedById;
    private String raisedByName = "";
    private @Nullable String outcome;
    private @Nullable Instant closedAt;
    private @Nullable String closedByName;

    protected SafeguardingConcern() {
        this.visit = null;
    }

    SafeguardingConcern(Visit visit, String description, long raisedById, String raisedByName, Instant now) {
        if (description.isBlank()) {
            throw new IllegalArgumentException("Describe the concern");
        }
        this.visit = visit;
        this.description = description.trim();
        this.raisedById = raisedById;
        this.raisedByName = raisedByName;
        this.raisedAt = now;
    }

    void close(String outcome, String closedByName, Instant now) {
        if (closedAt != null) {
            throw new IllegalStateException("This concern is already closed");
        }
        if (outcome.isBlank()) {
            throw new IllegalArgumentException("Record the outcome");
        }
        this.outcome = outcome.trim();
        this.closedByName = closedByName;
        this.closedAt = now;
    }

    boolean isOpen() {
        return closedAt == null;
    }

    Visit getVisit() {
        return visit;
    }

    String getDescription() {
        return description;
    }

    Instant getRaisedAt() {
        return raisedAt;
    }

    long getRaisedById() {
        return raisedById;
    }

    String getRaisedByName() {
        return raisedByName;
    }

    @Nullable String getOutcome() {
        return outcome;
    }

    @Nullable Instant getClosedAt() {
        return closedAt;
    }

    @Nullable String getClosedByName() {
        return closedByName;
    }
}
