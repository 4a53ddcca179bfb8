package uk.apassure.calendar;

import static java.time.LocalDate.of;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Two academic years of a test school, chosen for their edges: INSET days next to weekends and
 * half-terms, Christmas, Good Friday and Easter Monday inside term in 2025-26, both May bank
 * holidays inside Summer 1 of 2025-26, the early-May one inside Summer 1 of 2026-27.
 */
public final class TermDates {

    public static final Map<LocalDate, String> BANK_HOLIDAYS = Map.ofEntries(
            Map.entry(of(2025, 12, 25), "Christmas Day"), Map.entry(of(2025, 12, 26), "Boxing Day"),
            Map.entry(of(2026, 1, 1), "New Year's Day"), Map.entry(of(2026, 4, 3), "Good Friday"),
            Map.entry(of(2026, 4, 6), "Easter Monday"), Map.entry(of(2026, 5, 4), "Early May bank holiday"),
            Map.entry(of(2026, 5, 25), "Spring bank holiday"), Map.entry(of(2026, 8, 31), "Summer bank holiday"),
            Map.entry(of(2026, 12, 25), "Christmas Day"), Map.entry(of(2026, 12, 28), "Boxing Day (substitute day)"),
            Map.entry(of(2027, 1, 1), "New Year's Day"), Map.entry(of(2027, 3, 26), "Good Friday"),
            Map.entry(of(2027, 3, 29), "Easter Monday"), Map.entry(of(2027, 5, 3), "Early May bank holiday"),
            Map.entry(of(2027, 5, 31), "Spring bank holiday"), Map.entry(of(2027, 8, 30), "Summer bank holiday"));

    public static YearPlan plan2025() {
        return new YearPlan(new AcademicYear(2025), List.of(
                half(1, of(2025, 9, 3), of(2025, 10, 24)),
                half(2, of(2025, 11, 3), of(2025, 12, 19)),
                half(3, of(2026, 1, 5), of(2026, 2, 13)),
                half(4, of(2026, 2, 23), of(2026, 4, 3)),
                half(5, of(2026, 4, 6), of(2026, 5, 29)),
                half(6, of(2026, 6, 8), of(2026, 7, 22))),
                List.of(inset(of(2025, 10, 24))), 0);
    }

    public static YearPlan plan2026() {
        return new YearPlan(new AcademicYear(2026), List.of(
                half(1, of(2026, 9, 1), of(2026, 10, 23)),
                half(2, of(2026, 11, 2), of(2026, 12, 18)),
                half(3, of(2027, 1, 4), of(2027, 2, 12)),
                half(4, of(2027, 2, 22), of(2027, 3, 26)),
                half(5, of(2027, 4, 12), of(2027, 5, 28)),
                half(6, of(2027, 6, 7), of(2027, 7, 21))),
                List.of(inset(of(2026, 9, 1)), inset(of(2026, 9, 2)), inset(of(2026, 11, 2)), inset(of(2027, 1, 4)),
                        inset(of(2027, 6, 7))), 0);
    }

    /** Saves {@link #plan2026()} at a school over whatever it had (run as someone with calendar:manage). */
    public static void save2026(CalendarService calendars, long schoolId) {
        YearPlan plan = plan2026();
        long version = calendars.plans(schoolId).stream().filter(p -> p.year().equals(plan.year()))
                .mapToLong(YearPlan::version).findFirst().orElse(0);
        calendars.save(schoolId, new YearPlan(plan.year(), plan.halfTerms(), plan.closures(), version));
    }

    public static SchoolCalendar calendar() {
        return new SchoolCalendar("Test School", List.of(year(plan2025()), year(plan2026())));
    }

    public static CalendarYear year(YearPlan plan) {
        return CalendarYear.of(plan.year(), plan.halfTerms(), plan.closures(), BANK_HOLIDAYS);
    }

    public static HalfTerm half(int position, LocalDate from, LocalDate to) {
        return new HalfTerm(position, HalfTerm.NAMES.get(position - 1), from, to);
    }

    public static Closure inset(LocalDate day) {
        return new Closure(day, ClosureKind.INSET, "Staff training");
    }

    private TermDates() {}
}
