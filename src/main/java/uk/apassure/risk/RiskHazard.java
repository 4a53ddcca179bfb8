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
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** One line of an approved assessment; never changed (a new version has its own lines). */
@Audited
@Entity
@Table(name = "provider_risk_hazard")
class RiskHazard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private @Nullable RiskAssessment assessment;

    private int position;
    private String siteName = "";
    private String activity = "";
    @Enumerated(EnumType.STRING)
    private HazardKind hazard = HazardKind.OTHER;
    private String description = "";
    private String whoAtRisk = "";
    private String controls = "";
    @Enumerated(EnumType.STRING)
    private Residual residual = Residual.LOW;

    protected RiskHazard() {}

    RiskHazard(RiskAssessment assessment, int position, HazardLine line) {
        this.assessment = assessment;
        this.position = position;
        this.siteName = line.site().trim();
        this.activity = line.activity().trim();
        this.hazard = line.hazard();
        this.description = line.description().trim();
        this.whoAtRisk = line.whoAtRisk().trim();
        this.controls = line.controls().trim();
        this.residual = line.residual();
    }

    HazardLine toLine() {
        return new HazardLine(siteName, activity, hazard, description, whoAtRisk, controls, residual);
    }
}
