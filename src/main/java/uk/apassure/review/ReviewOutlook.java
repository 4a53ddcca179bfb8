package uk.apassure.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.time.UkDates;

/**
 * Where one placement stands with its reviews on the school calendar: the half-termly duty, the
 * termly agreement review, a review owed at once after a safeguarding concern at its provider, and
 * the "consider ending" flag for SLT.
 *
 * @param concernOn the day of a concern at one of its providers with no signed review since, or null
 */
public record ReviewOutlook(Due halfTermly, Due termly, @Nullable LocalDate concernOn, boolean considerEnding) {

    /**
     * One duty.
     *
     * @param period the half-term or term it is about ("Autumn 2", "Spring term"), or null when none is known
     * @param dueFrom the first day of its last ten school days: the review is due from then
     * @param dueBy the last day of the half-term or term
     */
    public record Due(DueState state, @Nullable String period, @Nullable LocalDate dueFrom,
            @Nullable LocalDate dueBy) {

        static final Due NOT_APPLICABLE = new Due(DueState.NOT_APPLICABLE, null, null, null);
    }

    /** The worst of the three duties. */
    public DueState state() {
        DueState concern = concernOn == null ? DueState.NOT_APPLICABLE : DueState.DUE;
        return halfTermly.state().worst(termly.state()).worst(concern);
    }

    /** The earliest day by which something owed is due (a concern: the day it was raised), or null. */
    public @Nullable LocalDate dueBy() {
        return Stream.of(halfTermly, termly).filter(d -> d.state().needsAction()).map(Due::dueBy)
                .filter(Objects::nonNull).min(Comparator.naturalOrder())
                .map(date -> concernOn != null && concernOn.isBefore(date) ? concernOn : date)
                .orElse(concernOn);
    }

    /** What is owed, in the words a dashboard row or the placement page shows. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (concernOn != null) {
            reasons.add("Safeguarding concern at the provider on " + UkDates.date(concernOn) + ": review at once");
        }
        describe(reasons, "Half-termly review", halfTermly);
        describe(reasons, "Termly agreement review", termly);
        if (considerEnding) {
            reasons.add("Three formal reviews in a row without improvement: consider ending the placement (000 §14.7)");
        }
        return reasons;
    }

    private static void describe(List<String> reasons, String what, Due due) {
        switch (due.state()) {
            case OVERDUE -> reasons.add(what + " overdue: " + due.period() + " ended " + UkDates.date(due.dueBy())
                    + " without one");
            case DUE -> reasons.add(what + " due by " + UkDates.date(due.dueBy()) + " (end of " + due.period() + ")");
            default -> { }
        }
    }
}
