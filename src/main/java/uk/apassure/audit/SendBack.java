package uk.apassure.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The DSL (at safeguarding confirmation) or SLT (at the decision) sent the audit back to the AP
 * lead, with the reason they read on the audit. Kept as history: an audit may go back more than once.
 */
@Entity
@Table(name = "audit_send_back")
class SendBack {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_id")
    private @Nullable Audit audit;

    @Enumerated(EnumType.STRING)
    private AuditState fromState = AuditState.SUBMITTED;

    private String reason = "";
    private String sentBackByName = "";
    private Instant sentBackAt = Instant.EPOCH;

    protected SendBack() {}

    SendBack(Audit audit, AuditState fromState, String reason, String by, Instant now) {
        this.audit = audit;
        this.fromState = fromState;
        this.reason = reason;
        this.sentBackByName = by;
        this.sentBackAt = now;
    }

    AuditState getFromState() {
        return fromState;
    }

    String getReason() {
        return reason;
    }

    String getSentBackByName() {
        return sentBackByName;
    }

    Instant getSentBackAt() {
        return sentBackAt;
    }
}
