package uk.apassure.visit;

import java.util.ArrayList;
import java.util.List;

/** What a visit needs before it can be submitted, as messages the visitor can act on. */
final class SubmissionRules {

    private SubmissionRules() {}

    static List<String> broken(VisitDraft draft) {
        List<String> messages = new ArrayList<>();
        if (draft.getVisitedAt() == null) {
            messages.add("Enter the date and time of the visit");
        }
        if (draft.getType() == null) {
            messages.add("Choose the type of visit");
        }
        if (draft.getVisitors().isBlank()) {
            messages.add("Enter who visited");
        }
        for (JudgedArea area : JudgedArea.values()) {
            if (draft.judgement(area) == null) {
                messages.add("Give a judgement for " + area.label().toLowerCase());
            }
        }
        return messages;
    }
}
