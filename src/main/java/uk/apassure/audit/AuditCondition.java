package uk.apassure.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A condition of an "approve with conditions" decision: an action with an owner and a due date. */
@Audited
@Entity
@Table(name = "audit_condition")
class AuditCondition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_id")
    private @Nullable Audit audit;

    private String description = "";
    private String ownerName = "";
    private LocalDate dueOn = LocalDate.EPOCH;
    private boolean done;

    protected AuditCondition() {}

    AuditCondition(Audit audit, String description, String ownerName, LocalDate dueOn) {
        this.audit = audit;
        this.description = description;
        this.ownerName = ownerName;
        this.dueOn = dueOn;
    }

    String getDescription() {
        return description;
    }

    String getOwnerName() {
        return ownerName;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    boolean isDone() {
        return done;
    }
}
