package uk.apassure.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.apassure.base.domain.FieldAmendment;

/** One changed field of a submitted visit: who, when, before, after and why. Never edited. */
@Entity
@Table(name = "visit_amendment")
class VisitAmendment extends FieldAmendment {

    private long visitId;

    protected VisitAmendment() {}

    VisitAmendment(long visitId, String field, String before, String after, String reason, long byId,
            String byName, Instant at) {
        super(field, before, after, reason, byId, byName, at);
        this.visitId = visitId;
    }
}
