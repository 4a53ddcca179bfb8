package uk.apassure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One school's academic year as the rules see it: a school day is a Monday to Friday inside one
 * of the six half-terms that is neither a bank holiday nor an INSET day or other closure.
 */
public record CalendarYear(AcademicYear year, List<HalfTerm> halfTerms, Map<LocalDate, Closure> closures,
        Map<LocalDate, String> bankHolidays) {

    public CalendarYear {
        halfTerms = halfTerms.stream().sorted(Comparator.comparing(HalfTerm::startsOn)).toList();
        closures = Map.copyOf(closures);
        bankHolidays = Map.copyOf(bankHolidays);
    }

    public static CalendarYear of(AcademicYear year, List<HalfTerm> halfTerms, List<Closure> closures,
            Map<LocalDate, String> bankHolidays) {
        return new CalendarYear(year, halfTerms,
                closures.stream().collect(Collectors.toMap(Closure::closedOn, Function.identity(), (a, b) -> a)),
                bankHolidays.entrySet().stream().filter(e -> year.contains(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    public boolean isSchoolDay(LocalDate date) {
        return dayKind(date) == DayKind.SCHOOL_DAY;
    }

    /** What kind of day a date is for this school, so a calendar can say why it is not a school day. */
    public DayKind dayKind(LocalDate date) {
        if (!year.contains(date)) {
            throw new IllegalArgumentException(date + " is not in " + year.label());
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return DayKind.WEEKEND;
        }
        if (halfTermOf(date).isEmpty()) {
            return DayKind.HOLIDAY;
        }
        if (bankHolidays.containsKey(date)) {
            return DayKind.BANK_HOLIDAY;
        }
        Closure closure = closures.get(date);
        if (closure != null) {
            return closure.kind() == ClosureKind.INSET ? DayKind.INSET : DayKind.CLOSURE;
        }
        return DayKind.SCHOOL_DAY;
    }

    /** The half-term a date falls in; empty in the holidays between them. */
    public Optional<HalfTerm> halfTermOf(LocalDate date) {
        return halfTerms.stream().filter(h -> h.contains(date)).findFirst();
    }

    /** How many school days the year has (190 for pupils in most English schools). */
    public int schoolDays() {
        int days = 0;
        for (LocalDate d = year.startsOn(); !d.isAfter(year.endsOn()); d = d.plusDays(1)) {
            if (isSchoolDay(d)) {
                days++;
            }
        }
        return days;
    }

    /** Kinds of day, each with the words a calendar shows for it. */
    public enum DayKind {
        SCHOOL_DAY("School day"),
        WEEKEND("Weekend"),
        HOLIDAY("School holiday"),
        BANK_HOLIDAY("Bank holiday"),
        INSET("INSET day"),
        CLOSURE("Closed");

        private final String label;

        DayKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
