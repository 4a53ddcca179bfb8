package uk.apassure.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.domain.Refusal;
import uk.apassure.organisation.SchoolService;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * The one place that answers school-day questions: is this a school day for school S, the Nth
 * school day before or after a date, school days between two dates, the sessions a timetable has.
 * Calendars are not pupil data: anyone of the trust may read any of its schools' calendars; admins
 * and trust leads set them up.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    private final SchoolYearRepository years;
    private final BankHolidayRepository holidays;
    private final SchoolService schools;
    private final AccessGuard access;
    private final ApplicationEventPublisher events;

    CalendarService(SchoolYearRepository years, BankHolidayRepository holidays, SchoolService schools,
            AccessGuard access, ApplicationEventPublisher events) {
        this.years = years;
        this.holidays = holidays;
        this.schools = schools;
        this.access = access;
        this.events = events;
    }

    /** The school's calendar over every configured year, for the rules to ask. */
    public SchoolCalendar calendarOf(long schoolId) {
        SchoolSummary school = school(schoolId);
        Map<LocalDate, String> bankHolidays = holidays.forSchool(schoolId).stream()
                .collect(Collectors.toMap(BankHoliday::date, BankHoliday::name));
        return new SchoolCalendar(school.name(), years.findBySchoolIdOrderByStartYear(schoolId).stream()
                .map(y -> CalendarYear.of(y.year(), y.halfTerms(), y.closures(), bankHolidays))
                .toList());
    }

    public boolean isSchoolDay(long schoolId, LocalDate date) {
        return calendarOf(schoolId).isSchoolDay(date);
    }

    public LocalDate nthSchoolDayAfter(long schoolId, LocalDate date, int n) {
        return calendarOf(schoolId).nthSchoolDayAfter(date, n);
    }

    public LocalDate nthSchoolDayBefore(long schoolId, LocalDate date, int n) {
        return calendarOf(schoolId).nthSchoolDayBefore(date, n);
    }

    public int schoolDaysBetween(long schoolId, LocalDate from, LocalDate to) {
        return calendarOf(schoolId).schoolDaysBetween(from, to);
    }

    public List<SchoolSession> sessionsBetween(long schoolId, Set<SessionSlot> timetable, LocalDate from,
            LocalDate to) {
        return calendarOf(schoolId).sessionsBetween(timetable, from, to);
    }

    /** The plans of every configured year of a school, oldest first, for the calendar editor. */
    public List<YearPlan> plans(long schoolId) {
        school(schoolId);
        return years.findBySchoolIdOrderByStartYear(schoolId).stream()
                .map(y -> new YearPlan(y.year(), y.halfTerms(), y.closures(), y.getVersion()))
                .toList();
    }

    /**
     * Creates or replaces one year of one school. {@code plan.version()} must be the version the
     * editor read (0 for a new year): a second concurrent save is refused, the first one kept.
     */
    @Transactional
    public void save(long schoolId, YearPlan plan) {
        access.require(Permission.CALENDAR_MANAGE);
        school(schoolId);
        List<String> problems = plan.problems();
        if (!problems.isEmpty()) {
            throw new InvalidPlan(String.join(" ", problems));
        }
        SchoolYear year = years.findBySchoolIdAndStartYear(schoolId, plan.year().startYear())
                .orElseGet(() -> new SchoolYear(schoolId, plan.year()));
        if (year.getVersion() != plan.version()) {
            throw new InvalidPlan("Someone else changed " + plan.year().label()
                    + " while you were editing. Reload to see their dates; nothing was saved.");
        }
        year.replaceWith(plan);
        years.saveAndFlush(year);
        events.publishEvent(new CalendarChanged(schoolId));
    }

    /** Copies one school's year to other schools of the trust, replacing what they had for that year. */
    @Transactional
    public void copy(long fromSchoolId, AcademicYear year, List<Long> toSchoolIds) {
        access.require(Permission.CALENDAR_MANAGE);
        YearPlan source = plans(fromSchoolId).stream().filter(p -> p.year().equals(year)).findFirst()
                .orElseThrow(() -> new InvalidPlan("There is no " + year.label() + " to copy yet: save it first."));
        for (long target : toSchoolIds) {
            school(target);
            SchoolYear copy = years.findBySchoolIdAndStartYear(target, year.startYear())
                    .orElseGet(() -> new SchoolYear(target, year));
            copy.replaceWith(source);
            years.saveAndFlush(copy);
            events.publishEvent(new CalendarChanged(target));
        }
    }

    /** The shipped bank holidays and those the user's trust added. */
    public List<Holiday> bankHolidays() {
        access.require(Permission.SCHOOL_READ);
        return holidays.forTrust(access.currentUser().trustId()).stream().map(h -> new Holiday(h.date(), h.name()))
                .toList();
    }

    /**
     * Adds a bank holiday (a later year, or a one-off such as a coronation) for the schools of the
     * user's trust only: another trust's calendars are not theirs to change.
     */
    @Transactional
    public void addBankHoliday(LocalDate date, String name) {
        access.require(Permission.CALENDAR_MANAGE);
        long trustId = access.currentUser().trustId();
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidPlan("Give the bank holiday a name of up to 100 characters.");
        }
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            throw new InvalidPlan("A bank holiday between 2000 and 2100.");
        }
        if (holidays.existsFor(date, trustId)) {
            throw new InvalidPlan(uk.apassure.base.time.UkDates.date(date) + " is already a bank holiday.");
        }
        holidays.saveAndFlush(new BankHoliday(date, trustId, trimmed));
        events.publishEvent(new CalendarChanged(null));
    }

    /** A school of the user's trust (any school for trust-wide readers and admins; their own otherwise). */
    private SchoolSummary school(long schoolId) {
        access.require(Permission.SCHOOL_READ);
        return schools.trustSchools().stream().filter(s -> s.id() == schoolId).findFirst()
                .orElseThrow(() -> new InvalidPlan("No such school in your trust."));
    }

    public record Holiday(LocalDate date, String name) {}

    /** A calendar the service will not save, with every reason in words. */
    public static class InvalidPlan extends Refusal {
        InvalidPlan(String message) {
            super(message);
        }
    }
}
