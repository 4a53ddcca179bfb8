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
import org.jspecify.annotations.Nullable;

/** One item an adopting school checked again, with its own outcome. */
@Entity
@Table(name = "audit_recheck")
class Recheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adoption_id")
    private @Nullable Adoption adoption;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_item_id")
    private @Nullable AuditItem auditItem;

    @Enumerated(EnumType.STRING)
    private Outcome outcome = Outcome.MET;

    private String note = "";

    protected Recheck() {}

    Recheck(Adoption adoption, AuditItem item, Outcome outcome, String note) {
        this.adoption = adoption;
        this.auditItem = item;
        this.outcome = outcome;
        this.note = note;
    }

    AuditItem getAuditItem() {
        if (auditItem == null) {
            throw new IllegalStateException("Recheck without item");
        }
        return auditItem;
    }

    Outcome getOutcome() {
        return outcome;
    }

    String getNote() {
        return note;
    }
}
