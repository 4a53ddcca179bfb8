package uk.apassure.review;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.apassure.base.time.UkDates;

/** A review's fields as the people reading an amendment trail (and the PDF) name and see them. */
final class ReviewFields {

    private ReviewFields() {}

    static Map<String, String> describe(ReviewDraft draft) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Date", draft.getHeldOn() == null ? "" : UkDates.date(draft.getHeldOn()));
        fields.put("Kind", draft.getKind() == null ? "" : draft.getKind().label());
        fields.put("Took part", String.join(", ", draft.getAttendees().stream().sorted().map(Attendee::label).toList()));
        fields.put("Names of those present", draft.getAttendeeNames().strip());
        fields.put("Attendance", percent(draft));
        fields.put("Where the attendance figure comes from", draft.getAttendanceReason().strip());
        int n = 1;
        for (ReviewDraft.OutcomeProgress line : draft.getOutcomes()) {
            fields.put("Outcome " + n + ": " + line.getOutcome(), (line.getProgress() == null ? ""
                    : line.getProgress().label()) + (line.getNote().isBlank() ? "" : " · " + line.getNote().strip()));
            n++;
        }
        fields.put("Behaviour", draft.getBehaviour().strip());
        fields.put("Welfare", draft.getWelfare().strip());
        fields.put("The pupil's views", draft.getPupilViews().strip());
        fields.put("The parents' views", draft.getParentViews().strip());
        if (draft.getKind() == ReviewKind.FORMAL) {
            fields.put("Improvement since the last formal review", draft.getImproved() == null ? ""
                    : draft.getImproved() ? "Yes" : "No");
        }
        fields.put("Decision", draft.getDecision() == null ? "" : draft.getDecision().label());
        fields.put("What was agreed", draft.getDecisionNote().strip());
        fields.put("Next review", draft.getNextReviewOn() == null ? "" : UkDates.date(draft.getNextReviewOn()));
        return fields;
    }

    static String percent(ReviewDraft draft) {
        return draft.getAttendancePercent() == null ? "" : draft.getAttendancePercent().stripTrailingZeros()
                .toPlainString() + "%";
    }
}
