package uk.apassure.risk;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A provider's risk assessments as its page shows them: the state, the current version and the
 * earlier ones (read-only), and what the signed-in user may do.
 */
public record RiskAssessmentPage(ProviderRiskState state, @Nullable Version current, List<Version> previous,
        boolean canAssess, boolean canReport) {

    /** One approved version with its lines and the changes recorded since it was approved. */
    public record Version(long id, int number, LocalDate approvedOn, String approvedBy, long auditId, String summary,
            List<HazardLine> hazards, List<RiskReason> changes) {}
}
