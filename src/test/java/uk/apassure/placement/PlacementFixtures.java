package uk.apassure.placement;

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
import uk.apassure.calendar.Session;
import uk.apassure.calendar.TermDates;
import uk.apassure.calendar.YearPlan;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/** Placements and school calendars for tests of the features built on placements (the visit cadence). */
@Component
public class PlacementFixtures {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final PlacementService placements;
    private final ProviderService providers;
    private final CalendarService calendars;
    private final SubjectRunner subjects;
    private final JdbcTemplate jdbc;

    PlacementFixtures(PlacementService placements, ProviderService providers, CalendarService calendars,
            SubjectRunner subjects, JdbcTemplate jdbc) {
        this.placements = placements;
        this.providers = providers;
        this.calendars = calendars;
        this.subjects = subjects;
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
}
