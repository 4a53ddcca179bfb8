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
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;

/** The answer to one checklist item in one audit: outcome, note, expiry date, evidence, who and when. */
@Audited
@Entity
@Table(name = "audit_item")
class AuditItem extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_id")
    private @Nullable Audit audit;

    // the checklist item is template data, not history: only its id is kept with each revision
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_item_id")
    private @Nullable ChecklistItem checklistItem;

    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;

    private String note = "";
    private @Nullable LocalDate expiresOn;
    // "seen on site, not kept": the evidence was seen but not copied; null when not ticked
    private @Nullable String seenNotKeptReason;
    private @Nullable String checkedByName;
    private @Nullable Instant checkedAt;
    private @Nullable String confirmedByName;
    private @Nullable Instant confirmedAt;

    // the audit page reads every item's evidence: in batches, not one query per item. A file added or
    // removed is not a change of the answer: it leaves the answer's version (autosave's lock) alone.
    @NotAudited
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OptimisticLock(excluded = true)
    @OrderBy("uploadedAt, id")
    @BatchSize(size = 100)
    private List<Evidence> evidence = new ArrayList<>();

    protected AuditItem() {}

    AuditItem(Audit audit, ChecklistItem checklistItem) {
        this.audit = audit;
        this.checklistItem = checklistItem;
    }

    void record(@Nullable Outcome outcome, String note, @Nullable LocalDate expiresOn,
            @Nullable String seenNotKeptReason, String by, Instant now) {
        this.outcome = outcome;
        this.note = note;
        this.expiresOn = expiresOn;
        this.seenNotKeptReason = seenNotKeptReason;
        this.checkedByName = by;
        this.checkedAt = now;
    }

    /** A correction starts from the answers of the audit it corrects, with who checked them and when. */
    void copyAnswer(AuditItem from) {
        this.outcome = from.outcome;
        this.note = from.note;
        this.expiresOn = from.expiresOn;
        this.seenNotKeptReason = from.seenNotKeptReason;
        this.checkedByName = from.checkedByName;
        this.checkedAt = from.checkedAt;
    }

    /** The DSL confirms again after the audit was sent back. */
    void clearConfirmation() {
        this.confirmedByName = null;
        this.confirmedAt = null;
    }

    /** A file, or "seen on site, not kept" with its reason: what an item that requires evidence needs to be met. */
    boolean hasEvidence() {
        return !evidence.isEmpty() || seenNotKeptReason != null;
    }

    /** Why this item's answer is not complete enough to submit, or null when it is. */
    @Nullable String incomplete() {
        ChecklistItem check = getChecklistItem();
        if (outcome == null) {
            return "no outcome yet";
        }
        if (outcome == Outcome.MET && check.isEvidenceRequired() && !hasEvidence()) {
            return "met without the evidence it requires";
        }
        if ((outcome == Outcome.MET || outcome == Outcome.PARTLY_MET) && check.isNeedsExpiry() && expiresOn == null) {
            return "no expiry or review date";
        }
        return null;
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
        return new RagRule.RatedItem(check.isCritical(), check.isEvidenceRequired(), outcome, hasEvidence(), expiresOn);
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

    @Nullable String getSeenNotKeptReason() {
        return seenNotKeptReason;
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
