package uk.apassure.risk;

import java.time.LocalDate;

/** A recorded material change of an assessment (a query row). */
public record ChangeRow(long assessmentId, ChangeKind kind, String reason, LocalDate changedOn, String recordedBy) {

    RiskReason toReason() {
        return new RiskReason(kind.label() + ": " + reason, changedOn, recordedBy);
    }
}
