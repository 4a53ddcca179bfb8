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
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import uk.apassure.security.Role;

/** One check of a template version: what to check, how, and who must confirm it. */
@Entity
@Table(name = "checklist_item")
@BatchSize(size = 100)
class ChecklistItem {

    /** What an item is, as a template editor gives it. */
    record Spec(String prompt, String guidance, boolean evidenceRequired, boolean needsExpiry,
            @Nullable Role confirmRole, boolean critical, @Nullable String standardRef) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private @Nullable ChecklistSection section;

    private int position;
    private String prompt = "";
    private String guidance = "";
    private boolean evidenceRequired;
    private boolean needsExpiry;

    @Enumerated(EnumType.STRING)
    private @Nullable Role confirmRole;

    private boolean critical;

    /** The national standard the item checks (e.g. "DfE AP 1.1 Safer recruitment"); null for the school's own checks. */
    private @Nullable String standardRef;

    protected ChecklistItem() {}

    ChecklistItem(ChecklistSection section, int position, Spec spec) {
        this.section = section;
        this.position = position;
        this.prompt = spec.prompt();
        this.guidance = spec.guidance();
        this.evidenceRequired = spec.evidenceRequired();
        this.needsExpiry = spec.needsExpiry();
        this.confirmRole = spec.confirmRole();
        this.critical = spec.critical();
        this.standardRef = spec.standardRef();
    }

    Spec spec() {
        return new Spec(prompt, guidance, evidenceRequired, needsExpiry, confirmRole, critical, standardRef);
    }

    ChecklistSection getSection() {
        if (section == null) {
            throw new IllegalStateException("Item without section");
        }
        return section;
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("Checklist item not saved");
        }
        return id;
    }

    String getPrompt() {
        return prompt;
    }

    boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    boolean isNeedsExpiry() {
        return needsExpiry;
    }

    @Nullable Role getConfirmRole() {
        return confirmRole;
    }

    boolean isCritical() {
        return critical;
    }

    @Nullable String getStandardRef() {
        return standardRef;
    }

    /** Safeguarding items: only the DSL confirms them. */
    boolean needsDsl() {
        return confirmRole == Role.DSL;
    }
}
