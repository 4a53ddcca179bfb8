package uk.apassure.placement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.time.UkDates;

/** What an edit changed, in words for the placement's change history: each field, before → after. */
final class TermsDifference {

    private final List<String> changes = new ArrayList<>();

    private TermsDifference() {}

    static List<String> of(PupilDetails before, PupilDetails after, PlacementTerms was, PlacementTerms now) {
        TermsDifference diff = new TermsDifference();
        diff.add("Pupil's name", before.name(), after.name(), Function.identity());
        diff.add("UPN", before.upn(), after.upn(), Function.identity());
        diff.add("Date of birth", before.dateOfBirth(), after.dateOfBirth(), UkDates::date);
        diff.add("Year group", before.yearGroup(), after.yearGroup(), PupilDetails::yearGroupLabel);
        diff.add("SEND", before.sen(), after.sen(), SenStatus::label);
        diff.add("Looked after", before.lookedAfter(), after.lookedAfter(), TermsDifference::yesNo);
        diff.add("Social worker", before.socialWorker(), after.socialWorker(), Function.identity());
        diff.add("Free school meals", before.freeSchoolMeals(), after.freeSchoolMeals(), TermsDifference::yesNo);
        diff.add("Type", was.type(), now.type(), PlacementType::label);
        diff.add("Start", was.startsOn(), now.startsOn(), UkDates::date);
        diff.add("Planned end", was.endsOn(), now.endsOn(), UkDates::date);
        if (!was.aims().equals(now.aims())) {
            diff.changes.add("Aims");
        }
        if (!was.plannedOutcomes().equals(now.plannedOutcomes())) {
            diff.changes.add("Planned outcomes");
        }
        if (!sameMoney(was.costPerSession(), now.costPerSession())) {
            diff.changes.add("Cost per session: " + money(was.costPerSession()) + " → "
                    + money(now.costPerSession()));
        }
        diff.add("Dual registered", was.dualRegistration(), now.dualRegistration(), TermsDifference::yesNo);
        diff.add("Local authority informed", was.laInformedOn(), now.laInformedOn(), UkDates::date);
        if (!was.timetable().equals(now.timetable())) {
            diff.changes.add(String.format("Timetable: %.2f → %.2f hours a week", was.timetable().hoursPerWeek(),
                    now.timetable().hoursPerWeek()));
        }
        return diff.changes;
    }

    /** The dates or the week of the placement: what an active placement changes only with a reason. */
    static boolean datesOrWeek(PlacementTerms was, PlacementTerms now) {
        return !was.startsOn().equals(now.startsOn()) || !Objects.equals(was.endsOn(), now.endsOn())
                || !was.timetable().equals(now.timetable());
    }

    private <T> void add(String label, @Nullable T before, @Nullable T after, Function<T, String> show) {
        if (!Objects.equals(before, after)) {
            changes.add(label + ": " + (before == null ? "–" : show.apply(before)) + " → "
                    + (after == null ? "–" : show.apply(after)));
        }
    }

    private static boolean sameMoney(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String money(@Nullable BigDecimal amount) {
        return amount == null ? "–" : "£" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
