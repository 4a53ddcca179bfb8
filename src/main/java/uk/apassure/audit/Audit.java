package uk.apassure.audit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;
import uk.apassure.base.domain.Rag;

/**
 * A pre-placement check of one provider by one school, from one checklist version. Its state
 * moves only forward, each step by the role the workflow names; once decided it never changes.
 */
@Audited
@Entity
@Table(name = "audit")
class Audit extends AbstractEntity {

    @Column(updatable = false)
    private long trustId;
    @Column(updatable = false)
    private long providerId;
    @Column(updatable = false)
    private long schoolId;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_version_id", updatable = false)
    private @Nullable ChecklistVersion checklistVersion;

    private @Nullable Long correctsAuditId;

    @Enumerated(EnumType.STRING)
    private AuditState state = AuditState.DRAFT;

    private String startedByName = "";
    private Instant startedAt = Instant.EPOCH;
    private @Nullable String submittedByName;
    private @Nullable Instant submittedAt;
    private @Nullable String confirmedByName;
    private @Nullable Instant confirmedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable Decision decision;

    private @Nullable String decisionNote;
    private @Nullable String decidedByName;
    private @Nullable Instant decidedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable Rag decidedRag;

    @NotAudited
    @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<AuditItem> items = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL)
    @OrderBy("dueOn, id")
    private List<AuditCondition> conditions = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL)
    @OrderBy("signedAt")
    private List<Adoption> adoptions = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL)
    @OrderBy("sentBackAt, id")
    private List<SendBack> sendBacks = new ArrayList<>();

    protected Audit() {}

    Audit(long trustId, long providerId, long schoolId, ChecklistVersion checklist, @Nullable Long correctsAuditId,
            String startedBy, Instant now) {
        this.trustId = trustId;
        this.providerId = providerId;
        this.schoolId = schoolId;
        this.checklistVersion = checklist;
        this.correctsAuditId = correctsAuditId;
        this.startedByName = startedBy;
        this.startedAt = now;
        checklist.items().forEach(item -> items.add(new AuditItem(this, item)));
    }

    void requireState(AuditState expected, String step) {
        if (state != expected) {
            throw new InvalidStep("Only a " + expected.label().toLowerCase() + " audit can be " + step
                    + "; this one is " + state.label().toLowerCase());
        }
    }

    void submit(String by, Instant now) {
        requireState(AuditState.DRAFT, "submitted");
        long unanswered = items.stream().filter(item -> item.getOutcome() == null).count();
        if (unanswered > 0) {
            throw new InvalidStep("Record an outcome for every item before submitting (" + unanswered + " left)");
        }
        List<String> incomplete = items.stream().filter(item -> item.incomplete() != null)
                .map(item -> "\"" + item.getChecklistItem().getPrompt() + "\" (" + item.incomplete() + ")").toList();
        if (!incomplete.isEmpty()) {
            throw new InvalidStep("Complete these items before submitting: " + String.join("; ", incomplete));
        }
        state = AuditState.SUBMITTED;
        submittedByName = by;
        submittedAt = now;
    }

    void confirmSafeguarding(String by, Instant now) {
        requireState(AuditState.SUBMITTED, "confirmed");
        items.stream().filter(item -> item.getChecklistItem().needsDsl()).forEach(item -> item.confirm(by, now));
        state = AuditState.SAFEGUARDING_CONFIRMED;
        confirmedByName = by;
        confirmedAt = now;
    }

    /**
     * The DSL (before confirming) or SLT (before deciding) return the audit to the AP lead as a
     * draft. The answers stay; the sign-offs so far are undone, so the DSL confirms again.
     */
    void sendBack(String reason, String by, Instant now) {
        if (state != AuditState.SUBMITTED && state != AuditState.SAFEGUARDING_CONFIRMED) {
            throw new InvalidStep("Only a submitted audit can be sent back; this one is " + state.label().toLowerCase());
        }
        sendBacks.add(new SendBack(this, state, reason, by, now));
        state = AuditState.DRAFT;
        submittedByName = null;
        submittedAt = null;
        confirmedByName = null;
        confirmedAt = null;
        items.forEach(AuditItem::clearConfirmation);
    }

    /** A correction starts from the corrected audit's answers (same checklist version, item by item). */
    void copyAnswersFrom(Audit corrected) {
        for (AuditItem item : items) {
            corrected.items.stream().filter(old -> old.getChecklistItem().requireId() == item.getChecklistItem().requireId()).findFirst()
                    .ifPresent(item::copyAnswer);
        }
    }

    void decide(Decision decision, String note, Rag rag, String by, Instant now) {
        requireState(AuditState.SAFEGUARDING_CONFIRMED, "decided");
        this.state = AuditState.DECIDED;
        this.decision = decision;
        this.decisionNote = note;
        this.decidedRag = rag;
        this.decidedByName = by;
        this.decidedAt = now;
    }

    void addCondition(String description, String owner, LocalDate dueOn) {
        conditions.add(new AuditCondition(this, description, owner, dueOn));
    }

    Adoption adopt(long schoolId, Decision decision, String note, String by, Instant now) {
        requireState(AuditState.DECIDED, "adopted");
        if (schoolId == this.schoolId || adoptions.stream().anyMatch(a -> a.getSchoolId() == schoolId)) {
            throw new InvalidStep("Your school has already signed off this audit");
        }
        Adoption adoption = new Adoption(this, schoolId, decision, note, by, now);
        adoptions.add(adoption);
        return adoption;
    }

    AuditItem item(long itemId) {
        return items.stream().filter(item -> item.requireId() == itemId).findFirst()
                .orElseThrow(() -> new InvalidStep("That item is not part of this audit"));
    }

    long getTrustId() {
        return trustId;
    }

    long getProviderId() {
        return providerId;
    }

    long getSchoolId() {
        return schoolId;
    }

    ChecklistVersion getChecklistVersion() {
        if (checklistVersion == null) {
            throw new IllegalStateException("Audit without checklist");
        }
        return checklistVersion;
    }

    @Nullable Long getCorrectsAuditId() {
        return correctsAuditId;
    }

    AuditState getState() {
        return state;
    }

    String getStartedByName() {
        return startedByName;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    @Nullable String getSubmittedByName() {
        return submittedByName;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    @Nullable String getConfirmedByName() {
        return confirmedByName;
    }

    @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    @Nullable Decision getDecision() {
        return decision;
    }

    @Nullable String getDecisionNote() {
        return decisionNote;
    }

    @Nullable String getDecidedByName() {
        return decidedByName;
    }

    @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    @Nullable Rag getDecidedRag() {
        return decidedRag;
    }

    List<AuditItem> getItems() {
        return items;
    }

    List<AuditCondition> getConditions() {
        return conditions;
    }

    List<Adoption> getAdoptions() {
        return adoptions;
    }

    List<SendBack> getSendBacks() {
        return sendBacks;
    }
}
