package uk.apassure.risk;

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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A material change at the provider since a version was approved: what, why, when, who recorded it. */
@Entity
@Table(name = "provider_risk_change")
class MaterialChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private @Nullable RiskAssessment assessment;

    @Enumerated(EnumType.STRING)
    private ChangeKind kind = ChangeKind.SITE_ADDED;
    private String reason = "";
    private LocalDate changedOn = LocalDate.EPOCH;
    private String recordedByName = "";
    private Instant recordedAt = Instant.EPOCH;

    protected MaterialChange() {}

    MaterialChange(RiskAssessment assessment, ChangeKind kind, String reason, LocalDate on, String by, Instant now) {
        this.assessment = assessment;
        this.kind = kind;
        this.reason = reason;
        this.changedOn = on;
        this.recordedByName = by;
        this.recordedAt = now;
    }

    RiskReason toReason() {
        return new RiskReason(kind.label() + ": " + reason, changedOn, recordedByName);
    }
}
