package uk.apassure.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.time.UkDates;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.calendar.SchoolSession;
import uk.apassure.calendar.Session;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementWeek;
import uk.apassure.placement.Upn;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Attendance marks and follow-ups. Pupil data: every method checks the permission, and the
 * placements come scoped from {@link PlacementService} (the pupil's school; the trust for trust
 * leads), so another school's pupil answers like a missing one. Only the pupil's own school marks;
 * governors get counts.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    /** How many weeks the placement page shows. */
    static final int WEEKS_SHOWN = 6;

    private final AttendanceMarkRepository marks;
    private final AttendanceQueries queries;
    private final FollowUpRepository followUps;
    private final PlacementService placements;
    private final CalendarService calendars;
    private final SchoolCalendars schoolCalendars;
    private final ProviderService providers;
    private final AccessGuard access;
    private final CutOffs cutOffs;
    private final Clock clock;

    AttendanceService(AttendanceMarkRepository marks, AttendanceQueries queries, FollowUpRepository followUps,
            PlacementService placements, CalendarService calendars, SchoolCalendars schoolCalendars,
            ProviderService providers, AccessGuard access, CutOffs cutOffs, Clock clock) {
        this.marks = marks;
        this.queries = queries;
        this.followUps = followUps;
        this.placements = placements;
        this.calendars = calendars;
        this.schoolCalendars = schoolCalendars;
        this.providers = providers;
        this.access = access;
        this.cutOffs = cutOffs;
        this.clock = clock;
    }

    /** Every session expected on {@code date} across the user's scope (the follow-up tiles, the demo). */
    public AttendanceDay day(LocalDate date) {
        return day(date, DayFilter.ALL, 0, Integer.MAX_VALUE - 1);
    }

    /**
     * One page of the sessions expected on {@code date} across the user's scope, morning first, by
     * pupil, with their marks and follow-ups, narrowed by the filter (only those without a mark, a pupil). The
     * day's totals count every session of the scope. Read as a page in SQL (issue 10: 50 ms a page
     * for a trust with 2,000 active placements); whether a school is open that day is its calendar's.
     */
    public AttendanceDay day(LocalDate date, DayFilter filter, int offset, int limit) {
        SignedInUser user = access.require(Permission.ATTENDANCE_READ);
        List<Long> open = new ArrayList<>();
        Map<Long, String> uncovered = new TreeMap<>();
        for (long school : placements.schoolsInScope()) {
            try {
                if (schoolCalendars.of(school).isSchoolDay(date)) {
                    open.add(school);
                }
            } catch (NoCalendar e) {
                uncovered.put(school, e.getMessage());
            }
        }
        // a calendar that does not cover the day is reported for a school with sessions that day only
        List<String> problems = uncovered.isEmpty() ? List.of() : queries.dayTotals(uncovered.keySet(), date)
                .keySet().stream().sorted().map(uncovered::get).toList();
        // one row more than the page tells whether a next page exists, without counting the filtered rows
        AttendanceQueries.DayPage read = queries.dayPage(open, date, filter, Math.max(offset, 0),
                Math.max(limit, 1) + 1);
        AttendanceQueries.DayTotals totals = read.totals() != null ? read.totals() : queries.dayTotals(open, date)
                .values().stream().reduce(new AttendanceQueries.DayTotals(0, 0), AttendanceQueries.DayTotals::plus);
        boolean more = read.lines().size() > Math.max(limit, 1);
        List<AttendanceQueries.DayLine> lines = more ? read.lines().subList(0, read.lines().size() - 1)
                : read.lines();
        Set<Long> ids = lines.stream().map(AttendanceQueries.DayLine::placementId).collect(Collectors.toSet());
        Map<MarkKey, List<FollowUpView>> calls = ids.isEmpty() ? Map.of() : followUps.findOn(ids, date).stream()
                .collect(Collectors.groupingBy(f -> new MarkKey(f.placementId(), new SchoolSession(date, f.session())),
                        Collectors.mapping(FollowUp::view, Collectors.toList())));
        Map<Long, String> providerNames = providerNames(
                lines.stream().map(AttendanceQueries.DayLine::providerId).collect(Collectors.toSet()));
        List<SessionRow> rows = lines.stream().map(line -> new SessionRow(line.placementId(), line.pupilName(),
                line.upn(), providerNames.getOrDefault(line.providerId(), ""), date, line.session(), line.startsAt(),
                line.endsAt(), RegisterCode.of(line.dualRegistration()), line.mark(), line.markVersion(),
                line.markedBy(), calls.getOrDefault(new MarkKey(line.placementId(),
                        new SchoolSession(date, line.session())), List.of()))).toList();
        return new AttendanceDay(date, rows, problems, mayMark(user), Math.max(offset, 0), more, totals.expected(),
                totals.unmarked());
    }

    /**
     * Marks one expected session of a placement of the user's school, today or earlier. {@code seenVersion}
     * is the version of the mark the user saw (null when there was none): a mark changed meanwhile
     * is refused and the other change kept. Returns the new version.
     */
    @Transactional
    public long mark(long placementId, LocalDate date, Session session, Mark mark, @Nullable Long seenVersion) {
        SignedInUser user = access.require(Permission.ATTENDANCE_MARK);
        PlacementWeek week = markable(user, placementId, date, session);
        Optional<AttendanceMark> existing = marks.findByPlacementIdAndDateAndSession(placementId, date, session);
        if (existing.isPresent() ? !Objects.equals(seenVersion, existing.get().getVersion()) : seenVersion != null) {
            throw new ConcurrentEdit();
        }
        AttendanceMark row = existing.orElseGet(() -> new AttendanceMark(placementId, week.schoolId(), date, session));
        row.record(mark, Source.TAP, user.id(), user.displayName(), clock.instant());
        try {
            return marks.saveAndFlush(row).getVersion();
        } catch (DataIntegrityViolationException e) {
            // another tap saved the same session first: the unique key keeps one mark
            throw new ConcurrentEdit();
        }
    }

    /** Records who was called about an unmarked or absent session, and what came of it. */
    @Transactional
    public void recordFollowUp(long placementId, LocalDate date, Session session, String called, String outcome) {
        SignedInUser user = access.require(Permission.ATTENDANCE_MARK);
        PlacementWeek week = markable(user, placementId, date, session);
        List<String> problems = new ArrayList<>();
        if (called.isBlank() || called.strip().length() > FollowUp.CALLED_MAX) {
            problems.add("Say who was called, in up to " + FollowUp.CALLED_MAX + " characters.");
        }
        if (outcome.isBlank() || outcome.strip().length() > FollowUp.OUTCOME_MAX) {
            problems.add("Write the outcome, in up to " + FollowUp.OUTCOME_MAX + " characters.");
        }
        marks.findByPlacementIdAndDateAndSession(placementId, date, session).filter(m -> !m.mark().absent())
                .ifPresent(m -> problems.add("This session is marked " + m.mark().label().toLowerCase()
                        + ": follow-ups are for absences and sessions not yet known."));
        if (!problems.isEmpty()) {
            throw new InvalidAttendance(String.join(" ", problems));
        }
        followUps.save(new FollowUp(placementId, week.schoolId(), date, session, called.strip(), outcome.strip(),
                user.id(), user.displayName(), clock.instant()));
    }

    /**
     * Today's expected sessions of the user's school still without a mark after their cut-off
     * (DESIGN.md "Attendance": followed up the same day).
     */
    public List<UnknownSession> notYetKnown() {
        access.require(Permission.ATTENDANCE_READ);
        LocalDateTime now = LocalDateTime.now(clock);
        AttendanceDay day = day(now.toLocalDate(), new DayFilter(true, ""), 0, Integer.MAX_VALUE - 1);
        return day.rows().stream().filter(row -> row.mark() == null)
                .filter(row -> AttendanceRules.notYetKnown(row.date(), row.session(), now, cutOffs))
                .map(row -> new UnknownSession(row.placementId(), row.pupilName(), row.providerName(), row.date(),
                        row.session()))
                .toList();
    }

    /** A day's sessions as numbers: governors (their school), and anyone who reads attendance. */
    public AttendanceCounts counts(LocalDate date) {
        if (!access.isPermitted(Permission.ATTENDANCE_READ)) {
            access.require(Permission.ATTENDANCE_COUNT);
        }
        List<PlacementWeek> weeks = placements.activeWeeksOn(date);
        List<ExpectedSession> expected = expectedOn(weeks, date, new ArrayList<>());
        Set<Long> ids = expected.stream().map(ExpectedSession::placementId).collect(Collectors.toSet());
        Map<MarkKey, Mark> marked = ids.isEmpty() ? Map.of() : marks.findFor(ids, date, date).stream()
                .collect(Collectors.toMap(m -> new MarkKey(m.placementId(), m.schoolSession()), AttendanceMark::mark));
        LocalDateTime now = LocalDateTime.now(clock);
        int attended = 0;
        int absent = 0;
        int notExpected = 0;
        int unknown = 0;
        for (ExpectedSession s : expected) {
            Mark mark = marked.get(new MarkKey(s.placementId(), s.schoolSession()));
            if (mark == null) {
                unknown += AttendanceRules.notYetKnown(s.date(), s.session(), now, cutOffs) ? 1 : 0;
            } else if (mark.attended()) {
                attended++;
            } else if (mark.absent()) {
                absent++;
            } else {
                notExpected++;
            }
        }
        return new AttendanceCounts(expected.size(), attended, absent, notExpected, unknown);
    }

    /** The placement page's weekly attendance: the last weeks up to today, newest first. */
    public PlacementAttendance forPlacement(long placementId) {
        access.require(Permission.ATTENDANCE_READ);
        PlacementWeek week = placements.week(placementId);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = AttendanceRules.mondayOf(today).minusWeeks(WEEKS_SHOWN - 1);
        from = from.isBefore(week.startsOn()) ? week.startsOn() : from;
        Map<SchoolSession, Mark> marked = marks.findFor(Set.of(placementId), from, today).stream()
                .collect(Collectors.toMap(AttendanceMark::schoolSession, AttendanceMark::mark));
        try {
            List<WeekFigures> weeks = new ArrayList<>(AttendanceRules.weeks(week, calendars.calendarOf(week.schoolId()),
                    marked, from, today));
            java.util.Collections.reverse(weeks);
            return new PlacementAttendance(placementId, RegisterCode.of(week), weeks, null);
        } catch (NoCalendar e) {
            return new PlacementAttendance(placementId, RegisterCode.of(week), List.of(), e.getMessage());
        }
    }

    /**
     * A placement's attendance over a period as one figure, for a review of that period (issue 10:
     * the review's attendance is computed from the marks). Empty when the school's calendar does not
     * cover it.
     */
    public Optional<WeekFigures> overPeriod(long placementId, LocalDate from, LocalDate to) {
        access.require(Permission.ATTENDANCE_READ);
        PlacementWeek week = placements.week(placementId);
        Map<SchoolSession, Mark> marked = marks.findFor(Set.of(placementId), from, to).stream()
                .collect(Collectors.toMap(AttendanceMark::schoolSession, AttendanceMark::mark));
        try {
            return Optional.of(AttendanceRules.week(from, AttendanceRules.expected(week,
                    calendars.calendarOf(week.schoolId()), from, to), marked));
        } catch (NoCalendar e) {
            return Optional.empty();
        }
    }

    /** Checks a provider's daily return against the school's pupils and timetables; writes nothing. */
    public ImportPreview preview(String csv) {
        SignedInUser user = access.require(Permission.ATTENDANCE_MARK);
        return check(user, csv);
    }

    /**
     * Imports a provider's daily return: all rows in one transaction, or none when any row is
     * refused (then {@link InvalidImport} lists every refused row). Returns how many sessions were marked.
     */
    @Transactional
    public int importReturn(String csv) {
        SignedInUser user = access.require(Permission.ATTENDANCE_MARK);
        ImportPreview preview = check(user, csv);
        if (!preview.importable()) {
            throw new InvalidImport(preview.errors());
        }
        Instant now = clock.instant();
        for (ImportPreview.Line line : preview.lines()) {
            AttendanceMark row = marks.findByPlacementIdAndDateAndSession(line.placementId(), line.date(),
                    line.session()).orElseGet(() -> new AttendanceMark(line.placementId(), line.schoolId(),
                            line.date(), line.session()));
            row.record(line.mark(), Source.IMPORT, user.id(), user.displayName(), now);
            marks.save(row);
        }
        marks.flush();
        return preview.lines().size();
    }

    private ImportPreview check(SignedInUser user, String csv) {
        DailyReturn.Read read = DailyReturn.read(csv);
        List<ImportPreview.RowError> errors = new ArrayList<>(read.errors());
        List<ImportPreview.Line> lines = new ArrayList<>();
        // only the user's own school's pupils: any other UPN is unknown, whoever it belongs to
        Map<String, List<PlacementWeek>> byUpn = placements.activeWeeks().stream()
                .filter(w -> Objects.equals(user.schoolId(), w.schoolId()))
                .collect(Collectors.groupingBy(PlacementWeek::upn));
        Map<Long, SchoolCalendar> calendarsBySchool = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        Set<MarkKey> seen = new HashSet<>();
        for (DailyReturn.Row row : read.rows()) {
            List<PlacementWeek> candidates = byUpn.getOrDefault(Upn.normalise(row.upn()), List.of());
            if (candidates.isEmpty()) {
                errors.add(new ImportPreview.RowError(row.row(), "Unknown UPN: no active placement of your school."));
                continue;
            }
            if (row.date().isAfter(today)) {
                errors.add(new ImportPreview.RowError(row.row(), UkDates.date(row.date()) + " is in the future."));
                continue;
            }
            Optional<PlacementWeek> expecting;
            try {
                expecting = candidates.stream().filter(w -> expects(w, calendarsBySchool, row.date(), row.session()))
                        .findFirst();
            } catch (NoCalendar e) {
                errors.add(new ImportPreview.RowError(row.row(), e.getMessage()));
                continue;
            }
            if (expecting.isEmpty()) {
                errors.add(new ImportPreview.RowError(row.row(), "No session is expected for this pupil on "
                        + UkDates.date(row.date()) + " " + row.session().label().toLowerCase() + "."));
                continue;
            }
            PlacementWeek week = expecting.get();
            MarkKey key = new MarkKey(week.id(), new SchoolSession(row.date(), row.session()));
            if (!seen.add(key)) {
                errors.add(new ImportPreview.RowError(row.row(), "This session is already in the file."));
                continue;
            }
            Mark replaces = marks.findByPlacementIdAndDateAndSession(week.id(), row.date(), row.session())
                    .map(AttendanceMark::mark).orElse(null);
            lines.add(new ImportPreview.Line(row.row(), week.id(), week.schoolId(), week.pupilName(), row.date(),
                    row.session(), row.mark(), replaces));
        }
        if (read.rows().isEmpty() && errors.isEmpty()) {
            errors.add(new ImportPreview.RowError(1, "The file has no rows under its header."));
        }
        errors.sort(Comparator.comparingInt(ImportPreview.RowError::row));
        return new ImportPreview(lines, errors);
    }

    private boolean expects(PlacementWeek week, Map<Long, SchoolCalendar> calendarsBySchool, LocalDate date,
            Session session) {
        SchoolCalendar calendar = calendarsBySchool.computeIfAbsent(week.schoolId(), calendars::calendarOf);
        return AttendanceRules.expected(week, calendar, date, date).stream().anyMatch(s -> s.session() == session);
    }

    private PlacementWeek markable(SignedInUser user, long placementId, LocalDate date, Session session) {
        PlacementWeek week = placements.week(placementId);
        if (!Objects.equals(user.schoolId(), week.schoolId())) {
            throw new InvalidAttendance("Only the pupil's own school records attendance.");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidAttendance("A session is marked on the day or afterwards, not before.");
        }
        boolean expected;
        try {
            expected = expects(week, new HashMap<>(), date, session);
        } catch (NoCalendar e) {
            throw new InvalidAttendance(e.getMessage());
        }
        if (!expected) {
            throw new InvalidAttendance("No session is expected for this pupil on " + UkDates.date(date) + " "
                    + session.label().toLowerCase() + ".");
        }
        return week;
    }

    private List<ExpectedSession> expectedOn(List<PlacementWeek> weeks, LocalDate date, List<String> problems) {
        Map<Long, SchoolCalendar> bySchool = new HashMap<>();
        Set<Long> failed = new HashSet<>();
        List<ExpectedSession> expected = new ArrayList<>();
        for (PlacementWeek week : weeks) {
            if (failed.contains(week.schoolId())) {
                continue;
            }
            try {
                SchoolCalendar calendar = bySchool.computeIfAbsent(week.schoolId(), calendars::calendarOf);
                expected.addAll(AttendanceRules.expected(week, calendar, date, date));
            } catch (NoCalendar e) {
                failed.add(week.schoolId());
                problems.add(e.getMessage());
            }
        }
        return expected;
    }

    private Map<Long, String> providerNames(Set<Long> ids) {
        return ids.isEmpty() ? Map.of() : providers.choices(ids).stream()
                .collect(Collectors.toMap(c -> c.id(), c -> c.name(), (a, b) -> a));
    }

    private boolean mayMark(SignedInUser user) {
        return access.isPermitted(Permission.ATTENDANCE_MARK) && user.schoolId() != null;
    }

    private record MarkKey(long placementId, SchoolSession session) {}

    public static class InvalidAttendance extends Refusal {
        InvalidAttendance(String message) {
            super(message);
        }
    }

    /** A return with refused rows: nothing of it was written. */
    public static class InvalidImport extends Refusal {
        private final List<ImportPreview.RowError> errors;

        InvalidImport(List<ImportPreview.RowError> errors) {
            super("Nothing was imported: " + errors.stream().map(e -> "row " + e.row() + ": " + e.reason())
                    .collect(Collectors.joining("; ")));
            this.errors = List.copyOf(errors);
        }

        public List<ImportPreview.RowError> errors() {
            return errors;
        }
    }

    public static class ConcurrentEdit extends Refusal {
        ConcurrentEdit() {
            super("Someone else marked this session while you were looking at it. Reload to see their mark;"
                    + " yours was not saved.");
        }
    }
}
