package uk.apassure.risk;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
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

/**
 * One approved version of a provider's risk assessment. Its hazards never change once approved; a
 * new version replaces it as the current one and it stays readable. Material changes since approval
 * are added to it and keep "review needed since" and the reasons on the row, so the state is a query.
 */
@Audited
@Entity
@Table(name = "provider_risk_assessment")
class RiskAssessment extends AbstractEntity {

    static final int REASONS_MAX = 4000;

    private long trustId;
    private long providerId;
    private int number;
    private @Nullable Long currentForProvider;
    private long auditId;
    private String summary = "";
    private LocalDate approvedOn = LocalDate.EPOCH;
    private long approvedById;
    private String approvedByName = "";
    private Instant approvedAt = Instant.EPOCH;
    private @Nullable LocalDate reviewNeededSince;
    private @Nullable String reviewReason;

    @NotAudited
    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<RiskHazard> hazards = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
    @OrderBy("changedOn, id")
    private List<MaterialChange> changes = new ArrayList<>();

    protected RiskAssessment() {}

    RiskAssessment(long trustId, long providerId, int number, long auditId, String summary, LocalDate approvedOn,
            long approvedById, String approvedByName, Instant approvedAt, List<HazardLine> lines) {
        this.trustId = trustId;
        this.providerId = providerId;
        this.number = number;
        this.currentForProvider = providerId;
        this.auditId = auditId;
        this.summary = summary;
        this.approvedOn = approvedOn;
        this.approvedById = approvedById;
        this.approvedByName = approvedByName;
        this.approvedAt = approvedAt;
        for (int i = 0; i < lines.size(); i++) {
            hazards.add(new RiskHazard(this, i + 1, lines.get(i)));
        }
    }

    /** A newer version was approved: this one is kept, read-only. */
    void supersede() {
        currentForProvider = null;
    }

    /** A material change since approval: review needed from its date, with its reason added. */
    void changed(ChangeKind kind, String reason, LocalDate on, String by, Instant now) {
        changes.add(new MaterialChange(this, kind, reason, on, by, now));
        if (reviewNeededSince == null || on.isBefore(reviewNeededSince)) {
            reviewNeededSince = on;
        }
        String line = kind.label() + ": " + reason;
        String all = reviewReason == null ? line : reviewReason + "\n" + line;
        reviewReason = all.length() > REASONS_MAX ? all.substring(0, REASONS_MAX - 1) + "…" : all;
    }

    boolean isCurrent() {
        return currentForProvider != null;
    }

    long getTrustId() {
        return trustId;
    }

    long getProviderId() {
        return providerId;
    }

    int getNumber() {
        return number;
    }

    long getAuditId() {
        return auditId;
    }

    String getSummary() {
        return summary;
    }

    LocalDate getApprovedOn() {
        return approvedOn;
    }

    String getApprovedByName() {
        return approvedByName;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }

    @Nullable LocalDate getReviewNeededSince() {
        return reviewNeededSince;
    }

    List<RiskHazard> getHazards() {
        return hazards;
    }

    List<MaterialChange> getChanges() {
        return changes;
    }
}
