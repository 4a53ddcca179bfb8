package uk.apassure.demo;

import static java.time.LocalDate.of;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.AcademicYear;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.Closure;
import uk.apassure.calendar.ClosureKind;
import uk.apassure.calendar.HalfTerm;
import uk.apassure.calendar.YearPlan;

/**
 * Term dates of the demo trust for 2025-26 and 2026-27 (190 school days each), set up at the
 * first school and copied to the others as a trust would; Oakfield also closes for a polling day.
 */
@Component
@Profile("demo")
class DemoCalendars {

    private final CalendarService calendars;

    DemoCalendars(CalendarService calendars) {
        this.calendars = calendars;
    }

    /** Runs as the trust's administrator. */
    void create(List<Long> schools) {
        long first = schools.getFirst();
        calendars.save(first, year(2025, List.of(
                of(2025, 9, 1), of(2025, 10, 24), of(2025, 11, 3), of(2025, 12, 19), of(2026, 1, 5), of(2026, 2, 13),
                of(2026, 2, 23), of(2026, 3, 27), of(2026, 4, 13), of(2026, 5, 22), of(2026, 6, 1), of(2026, 7, 20)),
                List.of(of(2025, 9, 1), of(2025, 9, 2), of(2025, 11, 3), of(2026, 1, 5), of(2026, 6, 1))));
        calendars.save(first, year(2026, List.of(
                of(2026, 9, 1), of(2026, 10, 23), of(2026, 11, 2), of(2026, 12, 18), of(2027, 1, 4), of(2027, 2, 12),
                of(2027, 2, 22), of(2027, 3, 26), of(2027, 4, 12), of(2027, 5, 28), of(2027, 6, 7), of(2027, 7, 21)),
                List.of(of(2026, 9, 1), of(2026, 9, 2), of(2026, 11, 2), of(2027, 1, 4), of(2027, 6, 7))));
        List<Long> others = schools.subList(1, schools.size());
        calendars.copy(first, new AcademicYear(2025), others);
        calendars.copy(first, new AcademicYear(2026), others);
        long oakfield = schools.get(2);
        YearPlan copied = calendars.plans(oakfield).getLast();
        List<Closure> closures = new java.util.ArrayList<>(copied.closures());
        closures.add(new Closure(of(2027, 5, 6), ClosureKind.CLOSURE, "Polling station"));
        calendars.save(oakfield, new YearPlan(copied.year(), copied.halfTerms(), closures, copied.version()));
    }

    /** Six half-terms from twelve dates (first and last day of each) and the INSET days. */
    private static YearPlan year(int startYear, List<LocalDate> bounds, List<LocalDate> insetDays) {
        List<HalfTerm> halves = new java.util.ArrayList<>();
        for (int i = 0; i < HalfTerm.PER_YEAR; i++) {
            halves.add(new HalfTerm(i + 1, HalfTerm.NAMES.get(i), bounds.get(2 * i), bounds.get(2 * i + 1)));
        }
        return new YearPlan(new AcademicYear(startYear), halves,
                insetDays.stream().map(day -> new Closure(day, ClosureKind.INSET, "Staff training")).toList(), 0);
    }
}
