package uk.apassure.pupilrisk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The current (approved) pupil risk assessment of one placement, as a renewals grid lists it.
 *
 * @param reviewDueOn the next scheduled placement review, when the assessment is next reviewed; null before the first review
 * @param reviewNeededReason why someone marked it as needing review, or null
 */
public record PupilRiskStateRow(long placementId, long schoolId, int versionNumber, String approvedBy,
        LocalDate approvedOn, LocalDate lastReviewedOn, @Nullable LocalDate reviewDueOn,
        @Nullable String reviewNeededReason, PupilRiskState state) {}
