package uk.apassure.placement;

import static java.time.LocalDate.of;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import uk.apassure.TestWorld;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.Closure;
import uk.apassure.calendar.Session;
import uk.apassure.calendar.TermDates;
import uk.apassure.calendar.YearPlan;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/** Placements for tests, made through the services as the schools' users would. */
@Component
public class PlacementFixtures {

    private static final AtomicInteger PUPILS = new AtomicInteger();

    private final PlacementService placements;
    private final ProviderService providers;
    private final CalendarService calendars;
    private final SubjectRunner subjects;
    private final TestWorld world;

    PlacementFixtures(PlacementService placements, ProviderService providers, CalendarService calendars,
            SubjectRunner subjects, TestWorld world) {
        this.placements = placements;
        this.providers = providers;
        this.calendars = calendars;
        this.subjects = subjects;
        this.world = world;
    }

    /** Schools A1 and A2 on the test calendar of 2026-27 (TermDates), with {@code closures} added. */
    public void calendars(Closure... closures) {
        YearPlan plan = TermDates.plan2026();
        List<Closure> all = new ArrayList<>(plan.closures());
        all.addAll(List.of(closures));
        for (long school : List.of(world.schoolA1, world.schoolA2)) {
            long version = subjects.callAs("a.admin", () -> calendars.plans(school)).stream()
                    .filter(p -> p.year().equals(plan.year())).mapToLong(YearPlan::version).findFirst().orElse(0);
            subjects.runAs("a.admin", () -> calendars.save(school, new YearPlan(plan.year(), plan.halfTerms(), all,
                    version)));
        }
    }

    /** A new pupil (a fresh UPN) of the proposer's school. */
    public static PupilDetails pupil(String first, String last) {
        String digits = String.format("99%010d", 4_200_000 + PUPILS.incrementAndGet());
        return new PupilDetails(first, last, Upn.withCheckLetter(digits), of(2011, 5, 4), 10, SenStatus.NONE, false,
                null, false);
    }

    /** Tuesday at {@code providers}' main sites, the morning at the first, the afternoon at the last. */
    public PlacementTerms terms(PlacementType type, LocalDate startsOn, long... at) {
        List<TimetableSession> week = new ArrayList<>();
        long first = at[0];
        long last = at[at.length - 1];
        week.add(new TimetableSession(DayOfWeek.TUESDAY, Session.AM, first, site(first), LocalTime.of(9, 0),
                LocalTime.of(12, 0)));
        week.add(new TimetableSession(DayOfWeek.TUESDAY, Session.PM, last, site(last), LocalTime.of(13, 0),
                LocalTime.of(15, 0)));
        return new PlacementTerms(type, startsOn, null, "Re-engage with learning", "Level 1 in animal care",
                new BigDecimal("85.00"), false, null, new Timetable(week));
    }

    public long propose(String username, PlacementType type, LocalDate startsOn, long... at) {
        PlacementTerms terms = terms(type, startsOn, at);
        return subjects.callAs(username, () -> placements.propose(pupil("Grid", "Pupil"), terms));
    }

    /** Started by the school's SLT ({@code slt}): the providers must be approved, with signed-off audits. */
    public void start(String slt, long placementId) {
        subjects.runAs(slt, () -> placements.changeStatus(placementId, placements.get(placementId).version(),
                PlacementStatus.ACTIVE, "Agreed at panel", null));
    }

    public long site(long provider) {
        return subjects.callAs("a1.aplead", () -> providers.get(provider).sites().getFirst().id());
    }
}
