package uk.apassure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.apassure.base.time.UkDates;

/**
 * What an administrator types for one academic year of one school: six half-terms in order and
 * the closures inside them. {@link #problems()} lists everything wrong in words for the form;
 * the service saves only a plan without problems.
 */
public record YearPlan(AcademicYear year, List<HalfTerm> halfTerms, List<Closure> closures, long version) {

    public static final int MAX_REASON = 200;

    public YearPlan {
        halfTerms = List.copyOf(halfTerms);
        closures = closures.stream().sorted(java.util.Comparator.comparing(Closure::closedOn)).toList();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (halfTerms.size() != HalfTerm.PER_YEAR) {
            problems.add("A year has six half-terms, Autumn 1 to Summer 2.");
            return problems;
        }
        LocalDate previousEnd = null;
        for (HalfTerm half : halfTerms) {
            if (!year.contains(half.startsOn()) || !year.contains(half.endsOn())) {
                problems.add(half.name() + " must lie inside " + year.label() + " (" + UkDates.date(year.startsOn())
                        + " to " + UkDates.date(year.endsOn()) + ").");
            } else if (half.endsOn().isBefore(half.startsOn())) {
                problems.add(half.name() + " ends before it starts.");
            } else if (previousEnd != null && !half.startsOn().isAfter(previousEnd)) {
                problems.add(half.name() + " starts before the previous half-term ends.");
            }
            previousEnd = half.endsOn();
        }
        Set<LocalDate> seen = new HashSet<>();
        for (Closure closure : closures) {
            String day = UkDates.date(closure.closedOn());
            if (!seen.add(closure.closedOn())) {
                problems.add(day + " is listed twice.");
            }
            if (closure.closedOn().getDayOfWeek() == DayOfWeek.SATURDAY
                    || closure.closedOn().getDayOfWeek() == DayOfWeek.SUNDAY) {
                problems.add(day + " is a weekend: only weekdays need closing.");
            } else if (halfTerms.stream().noneMatch(h -> h.contains(closure.closedOn()))) {
                problems.add(day + " is not inside a half-term: the school is on holiday then anyway.");
            }
            if (closure.reason().length() > MAX_REASON) {
                problems.add("The reason for " + day + " is longer than " + MAX_REASON + " characters.");
            }
        }
        return problems;
    }
}
