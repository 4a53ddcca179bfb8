package uk.apassure.audit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Another school of the trust relying on a decided audit: its own school-level sign-off, with the
 * items it chose to check again, instead of repeating every check.
 */
@Entity
@Table(name = "audit_adoption")
class Adoption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_id")
    private @Nullable Audit audit;

    private long schoolId;

    @Enumerated(EnumType.STRING)
    private Decision decision = Decision.APPROVED;

    private String note = "";
    private String signedByName = "";
    private Instant signedAt = Instant.EPOCH;

    @OneToMany(mappedBy = "adoption", cascade = CascadeType.ALL)
    private List<Recheck> rechecks = new ArrayList<>();

    protected Adoption() {}

    Adoption(Audit audit, long schoolId, Decision decision, String note, String by, Instant now) {
        this.audit = audit;
        this.schoolId = schoolId;
        this.decision = decision;
        this.note = note;
        this.signedByName = by;
        this.signedAt = now;
    }

    void recheck(AuditItem item, Outcome outcome, String note) {
        rechecks.add(new Recheck(this, item, outcome, note));
    }

    long getSchoolId() {
        return schoolId;
    }

    Decision getDecision() {
        return decision;
    }

    String getNote() {
        return note;
    }

    String getSignedByName() {
        return signedByName;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    List<Recheck> getRechecks() {
        return rechecks;
    }
}
