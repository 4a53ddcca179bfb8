package uk.apassure.visit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.time.UkDates;

/** A visit's fields as the people reading an amendment trail name and see them. */
final class VisitFields {


    private VisitFields() {}

    static Map<String, String> describe(VisitDraft draft, @Nullable String siteName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Site", siteName == null ? "" : siteName);
        fields.put("Date and time", draft.getVisitedAt() == null ? "" : UkDates.dateTime(draft.getVisitedAt()));
        fields.put("Type", draft.getType() == null ? "" : draft.getType().label());
        fields.put("Visitors", draft.getVisitors().trim());
        fields.put("Spoke to staff", yesNo(draft.isSpokeToStaff()));
        fields.put("Spoke to pupils", yesNo(draft.isSpokeToPupils()));
        fields.put("Spoke to parents", yesNo(draft.isSpokeToParents()));
        fields.put("Pupil work reviewed", draft.getPupilWork());
        fields.put("Observed lessons", yesNo(draft.isObservedLessons()));
        fields.put("Observed unstructured time", yesNo(draft.isObservedUnstructured()));
        fields.put("Activities observed", draft.getActivities());
        for (JudgedArea area : JudgedArea.values()) {
            Judgement judgement = draft.judgement(area);
            fields.put("Judgement: " + area.label().toLowerCase(), judgement == null ? "" : judgement.label());
        }
        fields.put("Notes", draft.getNotes());
        return fields;
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
