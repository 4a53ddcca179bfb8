package uk.apassure.pupilrisk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.placement.PlacementStatus;

/**
 * A placement's pupil risk assessment as its section shows it, with what the signed-in user may do.
 *
 * @param current the approved version in force, or null
 * @param draft the version being written, or null
 * @param earlier versions replaced by newer ones, newest first, kept to read
 * @param reviews every approval, confirmation and "needs review", newest first
 */
public record PupilRiskPage(long placementId, PlacementStatus placementStatus, @Nullable Version current,
        @Nullable Version draft, List<Version> earlier, PupilRiskState state, List<ReviewEntry> reviews,
        boolean canEdit, boolean canApprove) {

    public record Version(long id, long version, int number, RiskStatus status, List<RiskLine> lines,
            String draftedBy, Instant updatedAt, @Nullable String approvedBy, @Nullable LocalDate approvedOn,
            @Nullable LocalDate lastReviewedOn, @Nullable LocalDate reviewDueOn,
            @Nullable String reviewNeededReason) {}

    public record ReviewEntry(int versionNumber, RiskReviewOutcome outcome, LocalDate on, String note, String by,
            Instant recordedAt) {}
}
