package uk.apassure.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.apassure.base.time.DateBounds;
import uk.apassure.base.time.UkDates;

/** What a review needs before it is signed off (and after every amendment), in words the form shows. */
final class SignOffRules {

    private SignOffRules() {}

    /** Problems any save refuses: dates that cannot be right. */
    static List<String> dateProblems(ReviewDraft draft, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (draft.getHeldOn() != null && (draft.getHeldOn().isAfter(today)
                || !DateBounds.sensible(draft.getHeldOn(), today))) {
            problems.add("The review date must be today or earlier (" + UkDates.date(draft.getHeldOn()) + ").");
        }
        if (draft.getNextReviewOn() != null && (!DateBounds.sensible(draft.getNextReviewOn(), today)
                || draft.getHeldOn() != null && !draft.getNextReviewOn().isAfter(draft.getHeldOn()))) {
            problems.add("The next review must be after this one (" + UkDates.date(draft.getNextReviewOn()) + ").");
        }
        return problems;
    }

    static List<String> missing(ReviewDraft draft) {
        List<String> missing = new ArrayList<>();
        if (draft.getHeldOn() == null) {
            missing.add("Enter the date of the review.");
        }
        if (draft.getKind() == null) {
            missing.add("Choose the kind of review.");
        }
        if (draft.getAttendees().isEmpty()) {
            missing.add("Tick who took part.");
        }
        if (draft.getAttendancePercent() == null) {
            missing.add("Enter the attendance for the period.");
        } else if (draft.getAttendanceReason().isBlank()) {
            // until attendance marks are kept here, every figure is typed in: say where it came from
            missing.add("Say where the attendance figure comes from.");
        }
        if (draft.getOutcomes().stream().anyMatch(line -> line.getProgress() == null)) {
            missing.add("Judge the progress against every planned outcome.");
        }
        if (draft.getKind() == ReviewKind.FORMAL && draft.getImproved() == null) {
            missing.add("Say whether progress improved since the last formal review.");
        }
        if (draft.getDecision() == null) {
            missing.add("Record the decision.");
        } else if (draft.getDecision().goesOn() && draft.getNextReviewOn() == null) {
            missing.add("Set the date of the next review.");
        }
        return missing;
    }
}
