package uk.apassure.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.time.DateBounds;
import uk.apassure.base.time.UkDates;
import uk.apassure.calendar.AcademicYear;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.organisation.SchoolService;
import uk.apassure.placement.SuspensionRule.ProvisionState;
import uk.apassure.placement.SuspensionRule.Run;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Suspensions of a school's pupils and the duty that follows (000 §10): a run of more than five
 * school days needs provision from its sixth school day, met by a placement of type "provision
 * for a suspension". Pupil data: every method checks the permission and the pupil's school; only
 * the pupil's own school records; trust leads read; governors count.
 */
@Service
@Transactional(readOnly = true)
public class SuspensionService {

    /** How far back the dashboard and the counts look for the first day of a run that may still be open. */
    private static final int LOOK_BACK_DAYS = 366;

    private final SuspensionRepository suspensions;
    private final PupilRepository pupils;
    private final PlacementService placements;
    private final PlacementRules rules;
    private final CalendarService calendars;
    private final SchoolService schools;
    private final AccessGuard access;
    private final Clock clock;

    SuspensionService(SuspensionRepository suspensions, PupilRepository pupils, PlacementService placements,
            PlacementRules rules, CalendarService calendars, SchoolService schools, AccessGuard access, Clock clock) {
        this.suspensions = suspensions;
        this.pupils = pupils;
        this.placements = placements;
        this.rules = rules;
        this.calendars = calendars;
        this.schools = schools;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the signed-in user may see suspensions at all (views hide the panel otherwise). */
    public boolean mayRead() {
        return access.isPermitted(Permission.SUSPENSION_READ);
    }

    /** The suspensions of the pupil of a placement, with the day-6 duty of each run. */
    public PupilSuspensions forPlacement(long placementId) {
        SignedInUser user = access.require(Permission.SUSPENSION_READ);
        Pupil pupil = placements.load(placementId, user).pupil();
        return forPupil(pupil, user);
    }

    /** As {@link #forPlacement}, for a pupil of the user's scope. */
    public PupilSuspensions forPupil(long pupilId) {
        SignedInUser user = access.require(Permission.SUSPENSION_READ);
        return forPupil(scopedPupil(pupilId, user), user);
    }

    /** A pupil of the user's own school by UPN, to record a suspension for; empty when the school has none. */
    public Optional<PupilChoice> findPupil(String upn) {
        SignedInUser user = access.require(Permission.SUSPENSION_RECORD);
        Upn.problem(upn).ifPresent(problem -> {
            throw new InvalidSuspension(problem);
        });
        return pupils.findBySchoolIdAndUpn(ownSchool(user), Upn.normalise(upn))
                .map(p -> new PupilChoice(p.requireId(), p.details().name(), p.details().yearGroup()));
    }

    /** Records a suspension of a pupil of the user's own school. */
    @Transactional
    public long record(long pupilId, NewSuspension suspension) {
        SignedInUser user = access.require(Permission.SUSPENSION_RECORD);
        Pupil pupil = scopedPupil(pupilId, user);
        if (pupil.schoolId() != ownSchool(user)) {
            throw new InvalidSuspension("Only the pupil's own school records a suspension.");
        }
        List<String> problems = problems(pupil, suspension);
        if (!problems.isEmpty()) {
            throw new InvalidSuspension(String.join(" ", problems));
        }
        return suspensions.save(new Suspension(pupil, suspension, user.displayName(), Instant.now(clock))).requireId();
    }

    /**
     * Records a suspension of a pupil the school has no record of yet (no placement): the pupil's
     * details are checked as on the placement form. A UPN the school knows is refused: record it
     * for that pupil instead.
     */
    @Transactional
    public long recordNewPupil(PupilDetails details, NewSuspension suspension) {
        SignedInUser user = access.require(Permission.SUSPENSION_RECORD);
        long schoolId = ownSchool(user);
        List<String> problems = new ArrayList<>(rules.pupilProblems(details, LocalDate.now(clock)).stream()
                .map(Problem::message).toList());
        if (problems.isEmpty()) {
            Optional<Pupil> known = pupils.findBySchoolIdAndUpn(schoolId, Upn.normalise(details.upn()));
            if (known.isPresent()) {
                throw new InvalidSuspension("The UPN " + Upn.normalise(details.upn()) + " is "
                        + known.get().details().name() + "'s: find that pupil and record the suspension there.");
            }
        }
        Pupil pupil = new Pupil(schoolId, details);
        problems.addAll(problems(pupil, suspension));
        if (!problems.isEmpty()) {
            throw new InvalidSuspension(String.join(" ", problems));
        }
        pupils.save(pupil);
        suspensions.save(new Suspension(pupil, suspension, user.displayName(), Instant.now(clock)));
        return pupil.requireId();
    }

    /** One page of the suspensions in the user's scope, newest first, each with its run and duty. */
    public List<SuspensionRow> list(Pageable page) {
        SignedInUser user = access.require(Permission.SUSPENSION_READ);
        List<Suspension> rows = suspensions.findPage(placements.scope(user), page);
        if (rows.isEmpty()) {
            return List.of();
        }
        Pupils of = pupilsOf(rows.stream().map(Suspension::pupilId).toList());
        Map<Long, String> schoolNames = schools.trustSchools().stream()
                .collect(Collectors.toMap(SchoolService.SchoolSummary::id, SchoolService.SchoolSummary::name));
        return rows.stream().map(s -> {
            LocalDate last = null;
            RunDuty duty = null;
            try {
                SchoolCalendar calendar = of.calendar(s.schoolId());
                last = SuspensionRule.lastDay(calendar, s.days());
                LocalDate first = s.days().firstDay();
                duty = of.duties(s.pupilId()).stream().filter(d -> d.run().includes(first)).findFirst().orElse(null);
            } catch (NoCalendar e) {
                // the grid shows the suspension without its run; the pupil's panel says why
            }
            return new SuspensionRow(s.requireId(), s.pupilId(), of.name(s.pupilId()),
                    schoolNames.getOrDefault(s.schoolId(), ""), s.days().firstDay(), s.days().schoolDays(), last,
                    s.reason(), duty);
        }).toList();
    }

    public long count() {
        SignedInUser user = access.require(Permission.SUSPENSION_READ);
        return suspensions.countInSchools(placements.scope(user));
    }

    /**
     * The to-do of the user's school: runs that need provision from day 6, have no placement for it,
     * and have not ended yet. A run in a year without a calendar is left out (its pupil's panel says so).
     */
    public List<ProvisionDue> provisionDue() {
        SignedInUser user = access.require(Permission.SUSPENSION_RECORD);
        if (user.schoolId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<ProvisionDue> due = new ArrayList<>();
        Pupils recent = recentPupils(List.of(user.schoolId()), today);
        for (long pupilId : recent.ids()) {
            for (RunDuty duty : recent.dutiesOrNone(pupilId)) {
                if (duty.state() == ProvisionState.NOT_MET && !duty.run().lastDay().isBefore(today)) {
                    due.add(new ProvisionDue(pupilId, recent.name(pupilId), duty.run()));
                }
            }
        }
        due.sort(Comparator.comparing((ProvisionDue d) -> d.run().provisionBy(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return due;
    }

    /** How many suspensions this school year, how many runs needed provision and how many lack it: no pupils. */
    public SuspensionCounts counts() {
        SignedInUser user = access.require(Permission.SUSPENSION_COUNT);
        AcademicYear year = AcademicYear.of(LocalDate.now(clock));
        Pupils recent = recentPupils(placements.scope(user), year.startsOn());
        long count = recent.suspensions().stream().filter(s -> year.contains(s.days().firstDay())).count();
        List<RunDuty> duties = recent.ids().stream().flatMap(id -> recent.dutiesOrNone(id).stream())
                .filter(d -> year.contains(d.run().firstDay()) && d.state() != ProvisionState.NO_DUTY).toList();
        return new SuspensionCounts(count, duties.size(),
                duties.stream().filter(d -> d.state() == ProvisionState.NOT_MET).count());
    }

    /**
     * The placement form's starting point for provision: the pupil and their latest run that still
     * needs it (start on its sixth school day, end on its last).
     */
    public ProvisionDraft provisionDraft(long pupilId) {
        SignedInUser user = access.require(Permission.SUSPENSION_RECORD);
        Pupil pupil = scopedPupil(pupilId, user);
        if (pupil.schoolId() != ownSchool(user)) {
            throw new NotFound();
        }
        Pupils of = pupilsOf(List.of(pupilId));
        Optional<Run> open = of.dutiesOrNone(pupilId).stream().filter(d -> d.state() == ProvisionState.NOT_MET)
                .map(RunDuty::run).reduce((first, second) -> second);
        return new ProvisionDraft(pupil.details(), open.map(Run::provisionBy).orElse(null),
                open.map(Run::lastDay).orElse(null));
    }

    private PupilSuspensions forPupil(Pupil pupil, SignedInUser user) {
        long pupilId = pupil.requireId();
        Pupils of = pupilsOf(List.of(pupilId));
        List<SuspensionLine> lines = new ArrayList<>();
        List<RunDuty> duties = List.of();
        String problem = null;
        try {
            SchoolCalendar calendar = of.calendar(pupil.schoolId());
            for (Suspension s : of.suspensionsOf(pupilId)) {
                lines.add(s.line(SuspensionRule.lastDay(calendar, s.days())));
            }
            duties = of.duties(pupilId);
        } catch (NoCalendar e) {
            problem = e.getMessage();
            lines.clear();
            of.suspensionsOf(pupilId).forEach(s -> lines.add(s.line(null)));
        }
        lines.sort(Comparator.comparing(SuspensionLine::firstDay).reversed());
        boolean canRecord = access.isPermitted(Permission.SUSPENSION_RECORD)
                && java.util.Objects.equals(user.schoolId(), pupil.schoolId());
        return new PupilSuspensions(pupilId, pupil.details().name(), lines,
                duties.reversed(), problem, canRecord);
    }

    /** Every refusal at once: dates, length, a school day, no overlap, and the 45 days of a school year. */
    private List<String> problems(Pupil pupil, NewSuspension suspension) {
        List<String> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (!DateBounds.sensible(suspension.firstDay(), today)) {
            problems.add("Check the first day: " + UkDates.date(suspension.firstDay()) + ".");
        }
        if (suspension.schoolDays() < 1 || suspension.schoolDays() > NewSuspension.MAX_DAYS) {
            problems.add("A suspension lasts from 1 to " + NewSuspension.MAX_DAYS
                    + " school days (the most in a school year).");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        SchoolCalendar calendar = calendars.calendarOf(pupil.schoolId());
        if (!calendar.isSchoolDay(suspension.firstDay())) {
            problems.add(UkDates.date(suspension.firstDay()) + " is not a school day at " + calendar.school()
                    + ": a suspension starts on a school day.");
            return problems;
        }
        LocalDate last = SuspensionRule.lastDay(calendar,
                new SuspensionRule.Days(suspension.firstDay(), suspension.schoolDays()));
        List<Suspension> earlier = pupil.getId() == null ? List.of() : suspensions.findByPupils(List.of(pupil.getId()));
        for (Suspension s : earlier) {
            LocalDate otherLast = SuspensionRule.lastDay(calendar, s.days());
            if (!suspension.firstDay().isAfter(otherLast) && !last.isBefore(s.days().firstDay())) {
                problems.add("It overlaps the suspension from " + UkDates.date(s.days().firstDay()) + " to "
                        + UkDates.date(otherLast) + ".");
            }
        }
        AcademicYear year = AcademicYear.of(suspension.firstDay());
        int days = daysIn(calendar, year, suspension.firstDay(), last);
        for (Suspension s : earlier) {
            days += daysIn(calendar, year, s.days().firstDay(), SuspensionRule.lastDay(calendar, s.days()));
        }
        if (days > NewSuspension.MAX_DAYS) {
            problems.add("This makes " + days + " school days of suspension in " + year.label() + "; a pupil may be"
                    + " suspended for at most " + NewSuspension.MAX_DAYS + " in a school year.");
        }
        return problems;
    }

    private static int daysIn(SchoolCalendar calendar, AcademicYear year, LocalDate first, LocalDate last) {
        LocalDate from = first.isBefore(year.startsOn()) ? year.startsOn() : first;
        LocalDate to = last.isAfter(year.endsOn()) ? year.endsOn() : last;
        return calendar.covers(from) && calendar.covers(to) ? calendar.schoolDaysBetween(from, to) : 0;
    }

    private Pupils recentPupils(Collection<Long> schoolIds, LocalDate since) {
        return pupilsOf(suspensions.findPupilsSuspendedSince(schoolIds, since.minusDays(LOOK_BACK_DAYS)));
    }

    private Pupils pupilsOf(Collection<Long> pupilIds) {
        List<Long> ids = pupilIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return new Pupils(List.of(), Map.of(), Map.of(), Map.of());
        }
        return new Pupils(suspensions.findByPupils(ids),
                suspensions.findPupilNames(ids).stream().collect(Collectors.toMap(PupilChoice::id, PupilChoice::name)),
                suspensions.findProvisionStarts(ids).stream().collect(Collectors.groupingBy(ProvisionStart::pupilId,
                        Collectors.mapping(ProvisionStart::startsOn, Collectors.toList()))),
                new HashMap<>());
    }

    /**
     * The suspensions, names and provision starts of some pupils, read with one query each, and their
     * schools' calendars read once each.
     */
    private final class Pupils {

        private final List<Suspension> suspensions;
        private final Map<Long, String> names;
        private final Map<Long, List<LocalDate>> provisionStarts;
        private final Map<Long, SchoolCalendar> calendars;

        Pupils(List<Suspension> suspensions, Map<Long, String> names, Map<Long, List<LocalDate>> provisionStarts,
                Map<Long, SchoolCalendar> calendars) {
            this.suspensions = suspensions;
            this.names = names;
            this.provisionStarts = provisionStarts;
            this.calendars = calendars;
        }

        List<Suspension> suspensions() {
            return suspensions;
        }

        List<Long> ids() {
            return suspensions.stream().map(Suspension::pupilId).distinct().toList();
        }

        String name(long pupilId) {
            return names.getOrDefault(pupilId, "");
        }

        List<Suspension> suspensionsOf(long pupilId) {
            return suspensions.stream().filter(s -> s.pupilId() == pupilId).toList();
        }

        SchoolCalendar calendar(long schoolId) {
            return calendars.computeIfAbsent(schoolId, SuspensionService.this.calendars::calendarOf);
        }

        /** The pupil's runs with their duties, oldest first; throws {@link NoCalendar} when a year is missing. */
        List<RunDuty> duties(long pupilId) {
            List<Suspension> own = suspensionsOf(pupilId);
            if (own.isEmpty()) {
                return List.of();
            }
            List<LocalDate> starts = provisionStarts.getOrDefault(pupilId, List.of());
            return SuspensionRule.runs(calendar(own.getFirst().schoolId()), own.stream().map(Suspension::days).toList())
                    .stream().map(run -> RunDuty.of(run, starts)).toList();
        }

        /** As {@link #duties}, or none when the pupil's calendar is missing a year. */
        List<RunDuty> dutiesOrNone(long pupilId) {
            try {
                return duties(pupilId);
            } catch (NoCalendar e) {
                return List.of();
            }
        }
    }

    private Pupil scopedPupil(long pupilId, SignedInUser user) {
        Pupil pupil = pupils.findById(pupilId).orElseThrow(NotFound::new);
        if (!placements.scope(user).contains(pupil.schoolId())) {
            // another school's pupil: answered like a missing one
            throw new NotFound();
        }
        return pupil;
    }

    private static long ownSchool(SignedInUser user) {
        if (user.schoolId() == null) {
            throw new InvalidSuspension("Suspensions are recorded by the pupil's school.");
        }
        return user.schoolId();
    }

    /** A suspension the service will not record, with every reason in words. */
    public static class InvalidSuspension extends Refusal {
        InvalidSuspension(String message) {
            super(message);
        }
    }

    public static class NotFound extends Refusal {
        NotFound() {
            super("No such pupil, or not yours to see.");
        }
    }
}
