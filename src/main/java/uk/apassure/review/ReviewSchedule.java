package uk.apassure.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import uk.apassure.calendar.CalendarYear;
import uk.apassure.calendar.HalfTerm;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.placement.PlacementBrief;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.review.ReviewOutlook.Due;

/**
 * When a placement's reviews are due, on its school's calendar (a pure rule: tested with a moved
 * "today").
 * <ul>
 * <li>001 §8.3, 003, 004: at least one signed review held in every half-term the placement is
 * active. It is <b>due</b> from the first of the half-term's last ten school days (two school
 * weeks: INSET days, bank holidays and closures do not count) and <b>overdue</b> once the
 * half-term has ended without one, until a review is held.</li>
 * <li>000 §8.4: a signed termly agreement review in every term (Autumn, Spring, Summer), due and
 * overdue the same way over the term's last ten school days.</li>
 * <li>A placement that starts inside those last ten school days, or ends before they begin, owes
 * no review for that half-term or term: its first review falls in the next one.</li>
 * <li>003: a safeguarding concern raised at one of its providers since its start makes a review due
 * at once, until a review held on or after that day is signed off.</li>
 * <li>000 §14.7: the last three signed formal review meetings all without improvement flag the
 * placement "consider ending".</li>
 * </ul>
 * Only signed-off reviews count; a draft is work in progress. An active placement only.
 */
public final class ReviewSchedule {

    /** Two school weeks. */
    public static final int DUE_WINDOW_SCHOOL_DAYS = 10;

    /** Formal review meetings in a row without improvement before ending is considered. */
    public static final int FORMAL_WITHOUT_IMPROVEMENT = 3;

    private final SchoolCalendar calendar;

    public ReviewSchedule(SchoolCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param held the placement's signed reviews, any order
     * @param concerns days on which concerns were raised at the placement's providers
     * @throws uk.apassure.calendar.NoCalendar when {@code today} is in a year the school has not set up
     */
    public ReviewOutlook outlook(PlacementBrief placement, List<HeldReview> held, List<LocalDate> concerns,
            LocalDate today) {
        calendar.yearOf(today);
        if (placement.status() != PlacementStatus.ACTIVE) {
            return new ReviewOutlook(Due.NOT_APPLICABLE, Due.NOT_APPLICABLE, null, false);
        }
        List<HeldReview> sorted = held.stream()
                .sorted(Comparator.comparing(HeldReview::heldOn).thenComparingLong(HeldReview::reviewId)).toList();
        Due halfTermly = duty(halfTerms(), placement, sorted, review -> true, today);
        Due termly = duty(terms(), placement, sorted, review -> review.kind() == ReviewKind.TERMLY_AGREEMENT, today);
        return new ReviewOutlook(halfTermly, termly, concernOwed(placement, sorted, concerns, today),
                considerEnding(sorted));
    }

    /**
     * The first day on which {@link #outlook} turns overdue (half-termly or termly) unless another
     * review is signed off first: the day after the first period owed that began after the last
     * counted review. Null when the placement is not active or owes nothing the calendar knows.
     * Stored on the placement for the grid's "review overdue" flag, so the grid need not ask the calendar.
     */
    public @Nullable LocalDate overdueFrom(PlacementBrief placement, List<HeldReview> held) {
        if (placement.status() != PlacementStatus.ACTIVE) {
            return null;
        }
        LocalDate halfTermly = firstUnreviewedEnd(halfTerms(), placement, held, review -> true);
        LocalDate termly = firstUnreviewedEnd(terms(), placement, held,
                review -> review.kind() == ReviewKind.TERMLY_AGREEMENT);
        LocalDate end = halfTermly == null ? termly
                : termly == null || halfTermly.isBefore(termly) ? halfTermly : termly;
        return end == null ? null : end.plusDays(1);
    }

    /** As {@link #duty}: a period is missed when no counted review was held on or after its first day. */
    private static @Nullable LocalDate firstUnreviewedEnd(List<Period> periods, PlacementBrief placement,
            List<HeldReview> held, Predicate<HeldReview> counts) {
        LocalDate lastHeld = held.stream().filter(counts).map(HeldReview::heldOn).max(Comparator.naturalOrder())
                .orElse(null);
        return periods.stream().filter(period -> owes(placement, period))
                .filter(period -> lastHeld == null || period.startsOn().isAfter(lastHeld))
                .map(Period::endsOn).findFirst().orElse(null);
    }

    /** 000 §14.7: the last three formal review meetings all found no improvement. */
    static boolean considerEnding(List<HeldReview> sortedHeld) {
        List<HeldReview> formal = sortedHeld.stream().filter(r -> r.kind() == ReviewKind.FORMAL).toList();
        if (formal.size() < FORMAL_WITHOUT_IMPROVEMENT) {
            return false;
        }
        return formal.subList(formal.size() - FORMAL_WITHOUT_IMPROVEMENT, formal.size()).stream()
                .allMatch(r -> Boolean.FALSE.equals(r.improved()));
    }

    private static @Nullable LocalDate concernOwed(PlacementBrief placement, List<HeldReview> held,
            List<LocalDate> concerns, LocalDate today) {
        return concerns.stream()
                .filter(day -> !day.isBefore(placement.startsOn()) && !day.isAfter(today))
                .filter(day -> held.stream().noneMatch(r -> !r.heldOn().isBefore(day)))
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private Due duty(List<Period> periods, PlacementBrief placement, List<HeldReview> held,
            Predicate<HeldReview> counts, LocalDate today) {
        List<HeldReview> counted = held.stream().filter(counts).toList();
        Period lastEnded = null;
        Period current = null;
        Period next = null;
        for (Period period : periods) {
            if (!owes(placement, period)) {
                continue;
            }
            if (period.endsOn().isBefore(today)) {
                lastEnded = period;
            } else if (!period.startsOn().isAfter(today)) {
                current = period;
            } else if (next == null) {
                next = period;
            }
        }
        if (lastEnded != null) {
            Period ended = lastEnded;
            if (counted.stream().noneMatch(r -> !r.heldOn().isBefore(ended.startsOn()))) {
                return new Due(DueState.OVERDUE, ended.name(), ended.dueFrom(), ended.endsOn());
            }
        }
        if (current != null) {
            Period now = current;
            if (counted.stream().noneMatch(r -> now.contains(r.heldOn()))) {
                DueState state = today.isBefore(now.dueFrom()) ? DueState.UP_TO_DATE : DueState.DUE;
                return new Due(state, now.name(), now.dueFrom(), now.endsOn());
            }
        }
        return next == null ? new Due(DueState.UP_TO_DATE, null, null, null)
                : new Due(DueState.UP_TO_DATE, next.name(), next.dueFrom(), next.endsOn());
    }

    /** A placement owes a review for a period when it started before the last ten school days and runs into them. */
    private static boolean owes(PlacementBrief placement, Period period) {
        return placement.startsOn().isBefore(period.dueFrom())
                && (placement.endsOn() == null || !placement.endsOn().isBefore(period.dueFrom()));
    }

    private List<Period> halfTerms() {
        List<Period> periods = new ArrayList<>();
        for (CalendarYear year : calendar.years()) {
            for (HalfTerm half : year.halfTerms()) {
                periods.add(period(half.name(), half.startsOn(), half.endsOn()));
            }
        }
        return periods;
    }

    /** Autumn, Spring and Summer: each the two half-terms of that name. */
    private List<Period> terms() {
        List<Period> periods = new ArrayList<>();
        for (CalendarYear year : calendar.years()) {
            List<HalfTerm> halves = year.halfTerms();
            for (int i = 0; i < halves.size(); i++) {
                HalfTerm first = halves.get(i);
                HalfTerm last = first;
                while (i + 1 < halves.size() && halves.get(i + 1).term().equals(first.term())) {
                    last = halves.get(++i);
                }
                periods.add(period(first.term() + " term", first.startsOn(), last.endsOn()));
            }
        }
        return periods;
    }

    /** The window opens on the tenth school day counted back from the last day (a short period: its first day). */
    private Period period(String name, LocalDate startsOn, LocalDate endsOn) {
        LocalDate opens = endsOn;
        int schoolDays = 0;
        for (LocalDate day = endsOn; !day.isBefore(startsOn); day = day.minusDays(1)) {
            if (calendar.isSchoolDay(day)) {
                opens = day;
                if (++schoolDays == DUE_WINDOW_SCHOOL_DAYS) {
                    break;
                }
            }
        }
        return new Period(name, startsOn, endsOn, schoolDays < DUE_WINDOW_SCHOOL_DAYS ? startsOn : opens);
    }

    private record Period(String name, LocalDate startsOn, LocalDate endsOn, LocalDate dueFrom) {

        boolean contains(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }
    }
}
