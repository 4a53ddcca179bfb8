package uk.apassure.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One school's configured academic years and the school-day arithmetic every rule uses (notice
 * two school days before a start, provision from the sixth school day of a suspension, a visit
 * every ten sessions, a review every half-term). A date in a year that is not configured is an
 * error ({@link NoCalendar}), never a guess from weekdays.
 */
public final class SchoolCalendar {

    private final String school;
    private final TreeMap<Integer, CalendarYear> years = new TreeMap<>();

    public SchoolCalendar(String school, Collection<CalendarYear> years) {
        this.school = school;
        years.forEach(y -> this.years.put(y.year().startYear(), y));
    }

    public String school() {
        return school;
    }

    /** The configured year that holds {@code date}. */
    public CalendarYear yearOf(LocalDate date) {
        AcademicYear year = AcademicYear.of(date);
        CalendarYear configured = years.get(year.startYear());
        if (configured == null) {
            throw new NoCalendar(year, school);
        }
        return configured;
    }

    public boolean covers(LocalDate date) {
        return years.containsKey(AcademicYear.of(date).startYear());
    }

    public boolean isSchoolDay(LocalDate date) {
        return yearOf(date).isSchoolDay(date);
    }

    public Optional<HalfTerm> halfTermOf(LocalDate date) {
        return yearOf(date).halfTermOf(date);
    }

    /** The {@code n}th school day after {@code date} (not counting {@code date} itself); n ≥ 1. */
    public LocalDate nthSchoolDayAfter(LocalDate date, int n) {
        return walk(date, n, 1);
    }

    /** The {@code n}th school day before {@code date} (not counting {@code date} itself); n ≥ 1. */
    public LocalDate nthSchoolDayBefore(LocalDate date, int n) {
        return walk(date, n, -1);
    }

    /**
     * The {@code n}th school day counting {@code date} as the first when it is one: day 1 of a
     * suspension that starts on a school day is that day (000 §10: provision from the sixth).
     */
    public LocalDate nthSchoolDayFrom(LocalDate date, int n) {
        return isSchoolDay(date) ? (n == 1 ? date : walk(date, n - 1, 1)) : walk(date, n, 1);
    }

    /** School days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    public int schoolDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isSchoolDay(d)) {
                days++;
            }
        }
        return days;
    }

    /** The sessions a weekly timetable has on school days from {@code from} to {@code to}, both included. */
    public List<SchoolSession> sessionsBetween(Set<SessionSlot> timetable, LocalDate from, LocalDate to) {
        List<SchoolSession> sessions = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isSchoolDay(d)) {
                for (Session session : Session.values()) {
                    if (timetable.contains(new SessionSlot(d.getDayOfWeek(), session))) {
                        sessions.add(new SchoolSession(d, session));
                    }
                }
            }
        }
        return sessions;
    }

    /** Every configured year, oldest first. */
    public List<CalendarYear> years() {
        return List.copyOf(years.values());
    }

    private LocalDate walk(LocalDate date, int n, int step) {
        if (n < 1) {
            throw new IllegalArgumentException("Count school days from 1");
        }
        LocalDate d = date;
        int found = 0;
        while (found < n) {
            d = d.plusDays(step);
            if (isSchoolDay(d)) {
                found++;
            }
        }
        return d;
    }

    /** Bank holidays of the configured years, for showing a calendar. */
    public Map<LocalDate, String> bankHolidays() {
        Map<LocalDate, String> all = new TreeMap<>();
        years.values().forEach(y -> all.putAll(y.bankHolidays()));
        return all;
    }
}
