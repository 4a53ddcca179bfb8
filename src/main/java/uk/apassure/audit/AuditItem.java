package uk.apassure.audit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;

/** The answer to one checklist item in one audit: outcome, note, expiry date, evidence, who and when. */
@Entity
@Table(name = "audit_item")
class AuditItem extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_id")
    private @Nullable Audit audit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_item_id")
    private @Nullable ChecklistItem checklistItem;

    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;

    private String note = "";
    private @Nullable LocalDate expiresOn;
    private @Nullable String checkedByName;
    private @Nullable Instant checkedAt;
    private @Nullable String confirmedByName;
    private @Nullable Instant confirmedAt;

    // the audit page reads every item's evidence: in batches, not one query per item
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("uploadedAt, id")
    @BatchSize(size = 100)
    private List<Evidence> evidence = new ArrayList<>();

    protected AuditItem() {}

    AuditItem(Audit audit, ChecklistItem checklistItem) {
        this.audit = audit;
        this.checklistItem = checklistItem;
    }

    void record(Outcome outcome, String note, @Nullable LocalDate expiresOn, String by, Instant now) {
        this.outcome = outcome;
        this.note = note;
        this.expiresOn = expiresOn;
        this.checkedByName = by;
        this.checkedAt = now;
    }

    void confirm(String by, Instant now) {
        this.confirmedByName = by;
        this.confirmedAt = now;
    }

    Evidence addEvidence(String fileName, String mediaType, long size, String by, Instant now) {
        Evidence file = new Evidence(this, fileName, mediaType, size, by, now);
        evidence.add(file);
        return file;
    }

    void removeEvidence(Evidence file) {
        evidence.remove(file);
    }

    RagRule.RatedItem rated() {
        ChecklistItem check = getChecklistItem();
        return new RagRule.RatedItem(check.isCritical(), check.isEvidenceRequired(), outcome, !evidence.isEmpty(),
                expiresOn);
    }

    Audit getAudit() {
        if (audit == null) {
            throw new IllegalStateException("Item without audit");
        }
        return audit;
    }

    ChecklistItem getChecklistItem() {
        if (checklistItem == null) {
            throw new IllegalStateException("Item without checklist item");
        }
        return checklistItem;
    }

    @Nullable Outcome getOutcome() {
        return outcome;
    }

    String getNote() {
        return note;
    }

    @Nullable LocalDate getExpiresOn() {
        return expiresOn;
    }

    @Nullable String getCheckedByName() {
        return checkedByName;
    }

    @Nullable Instant getCheckedAt() {
        return checkedAt;
    }

    @Nullable String getConfirmedByName() {
        return confirmedByName;
    }

    List<Evidence> getEvidence() {
        return evidence;
    }
}
