package uk.apassure.placement;

import static java.time.LocalDate.of;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.CalendarService;
import java.util.concurrent.atomic.AtomicInteger;
import uk.apassure.TestWorld;
import uk.apassure.calendar.Closure;
import uk.apassure.calendar.Session;
import uk.apassure.calendar.TermDates;
import uk.apassure.calendar.YearPlan;
import uk.apassure.provider.ProviderService;
import uk.apassure.pupilrisk.PupilRiskFixtures;
import uk.apassure.security.SubjectRunner;

/** Placements for tests, made through the services as the schools' users would. */
@Component
public class PlacementFixtures {

    private static final AtomicInteger PUPILS = new AtomicInteger();
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final PlacementService placements;
    private final ProviderService providers;
    private final CalendarService calendars;
    private final SubjectRunner subjects;
    private final JdbcTemplate jdbc;
    private final TestWorld world;
    private final PupilRiskFixtures risks;

    PlacementFixtures(PlacementService placements, ProviderService providers, CalendarService calendars,
            SubjectRunner subjects, JdbcTemplate jdbc, TestWorld world, PupilRiskFixtures risks) {
        this.risks = risks;
        this.placements = placements;
        this.providers = providers;
        this.calendars = calendars;
        this.subjects = subjects;
        this.world = world;
        this.jdbc = jdbc;
    }

    /** The test school's years (TermDates 2025-26 and 2026-27) at a school, as an admin saves them; again if changed. */
    public void termDates(long schoolId) {
        for (YearPlan plan : List.of(TermDates.plan2025(), TermDates.plan2026())) {
            subjects.runAs("a.admin", () -> {
                long version = calendars.plans(schoolId).stream().filter(p -> p.year().equals(plan.year()))
                        .mapToLong(YearPlan::version).findFirst().orElse(0);
                calendars.save(schoolId, new YearPlan(plan.year(), plan.halfTerms(), plan.closures(), version));
            });
        }
    }

    /**
     * A placement of the AP lead's school, whole days (morning and afternoon) at each provider, made
     * active. Activation itself (approved provider, signed-off audit) is PlacementServiceTest's: here
     * the status is set directly.
     */
    public long active(String aplead, LocalDate startsOn, Map<Long, List<DayOfWeek>> daysByProvider) {
        long id = proposed(aplead, startsOn, daysByProvider);
        jdbc.update("update placement set status = 'ACTIVE' where id = ?", id);
        return id;
    }

    public long proposed(String aplead, LocalDate startsOn, Map<Long, List<DayOfWeek>> daysByProvider) {
        return subjects.callAs(aplead, () -> {
            List<TimetableSession> week = new ArrayList<>();
            daysByProvider.forEach((provider, days) -> {
                long site = providers.get(provider).sites().getFirst().id();
                for (DayOfWeek day : days) {
                    week.add(new TimetableSession(day, Session.AM, provider, site, LocalTime.of(9, 0),
                            LocalTime.of(12, 0)));
                    week.add(new TimetableSession(day, Session.PM, provider, site, LocalTime.of(13, 0),
                            LocalTime.of(15, 0)));
                }
            });
            String upn = Upn.withCheckLetter(String.format("%012d", SERIAL.incrementAndGet()));
            return placements.propose(new PupilDetails("Pupil", upn.substring(7), upn, LocalDate.of(2011, 5, 4), 10,
                    SenStatus.NONE, false, null, false), new PlacementTerms(PlacementType.VOCATIONAL, startsOn, null,
                    "Re-engage with learning", "Level 1 in animal care", new BigDecimal("50.00"), false, null,
                    new Timetable(week)));
        });
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

    /**
     * Started by the school's SLT ({@code slt}): the providers must be approved, with signed-off
     * audits; the pupil's risk assessment is approved by the same SLT first.
     */
    public void start(String slt, long placementId) {
        risks.approved(slt, placementId);
        subjects.runAs(slt, () -> placements.changeStatus(placementId, placements.get(placementId).version(),
                PlacementStatus.ACTIVE, "Agreed at panel", null));
    }

    public long site(long provider) {
        return subjects.callAs("a1.aplead", () -> providers.get(provider).sites().getFirst().id());
    }
}
