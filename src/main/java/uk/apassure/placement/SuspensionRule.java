package uk.apassure.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.apassure.calendar.SchoolCalendar;

/**
 * 000 §10: a pupil suspended for more than five school days gets full-time provision from the
 * sixth school day at the latest, and consecutive suspensions count as one period. "Consecutive"
 * is read on the school's calendar: the next suspension starts on the first school day after the
 * previous one ends, so a weekend, a half-term, an INSET day or a bank holiday between them does
 * not break the run; a school day back at school does.
 */
public final class SuspensionRule {

    /** Five school days or fewer: no duty to arrange provision (the school sets and marks work). */
    public static final int DAYS_WITHOUT_PROVISION = 5;

    private SuspensionRule() {}

    /** One suspension as the rule needs it: its first day and how many school days it lasts. */
    public record Days(LocalDate firstDay, int schoolDays) {}

    /**
     * One suspension or several consecutive ones, counted as one period.
     *
     * @param provisionBy the sixth school day of the run, when it is longer than five; null otherwise
     */
    public record Run(LocalDate firstDay, LocalDate lastDay, int schoolDays, @Nullable LocalDate provisionBy) {

        public boolean needsProvision() {
            return provisionBy != null;
        }

        public boolean includes(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    /** The last school day of a suspension: day 1 is its first day. */
    public static LocalDate lastDay(SchoolCalendar calendar, Days suspension) {
        return calendar.nthSchoolDayFrom(suspension.firstDay(), suspension.schoolDays());
    }

    /** The pupil's suspensions as runs, oldest first; each run says whether provision is due and by when. */
    public static List<Run> runs(SchoolCalendar calendar, Collection<Days> suspensions) {
        List<Days> sorted = suspensions.stream().sorted(Comparator.comparing(Days::firstDay)).toList();
        List<Run> runs = new ArrayList<>();
        @Nullable LocalDate first = null;
        @Nullable LocalDate last = null;
        for (Days suspension : sorted) {
            LocalDate end = lastDay(calendar, suspension);
            if (last != null && !suspension.firstDay().isAfter(calendar.nthSchoolDayAfter(last, 1))) {
                last = end.isAfter(last) ? end : last;
            } else {
                if (first != null && last != null) {
                    runs.add(run(calendar, first, last));
                }
                first = suspension.firstDay();
                last = end;
            }
        }
        if (first != null && last != null) {
            runs.add(run(calendar, first, last));
        }
        return runs;
    }

    /**
     * The duty of one run, given the start dates of the pupil's placements of type "provision for a
     * suspension": met when one starts from the run's first day to its sixth school day.
     */
    public static ProvisionState state(Run run, Collection<LocalDate> provisionStarts) {
        if (run.provisionBy() == null) {
            return ProvisionState.NO_DUTY;
        }
        return provisionStart(run, provisionStarts).isPresent() ? ProvisionState.MET : ProvisionState.NOT_MET;
    }

    /** The earliest start of a provision placement that meets the run's duty. */
    public static Optional<LocalDate> provisionStart(Run run, Collection<LocalDate> provisionStarts) {
        LocalDate by = run.provisionBy();
        return by == null ? Optional.empty() : provisionStarts.stream()
                .filter(start -> !start.isBefore(run.firstDay()) && !start.isAfter(by))
                .min(Comparator.naturalOrder());
    }

    private static Run run(SchoolCalendar calendar, LocalDate first, LocalDate last) {
        int days = calendar.schoolDaysBetween(first, last);
        return new Run(first, last, days,
                days > DAYS_WITHOUT_PROVISION ? calendar.nthSchoolDayFrom(first, DAYS_WITHOUT_PROVISION + 1) : null);
    }

    public enum ProvisionState {
        NO_DUTY("No duty"),
        MET("Met"),
        NOT_MET("Not met");

        private final String label;

        ProvisionState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
