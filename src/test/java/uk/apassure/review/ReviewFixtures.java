package uk.apassure.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.TestWorld;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.calendar.AcademicYear;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.HalfTerm;
import uk.apassure.calendar.Session;
import uk.apassure.calendar.YearPlan;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.PlacementTerms;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.SenStatus;
import uk.apassure.placement.Timetable;
import uk.apassure.placement.TimetableSession;
import uk.apassure.placement.Upn;
import uk.apassure.provider.ProviderService;
import uk.apassure.pupilrisk.PupilRiskFixtures;
import uk.apassure.security.SubjectRunner;

/**
 * School A2 with term dates around today, whatever today is (last year and this year, so an
 * active placement that began a year ago has a half-term behind it without a review), and active
 * placements there at an audited provider.
 */
@Component
public class ReviewFixtures {

    private final CalendarService calendars;
    private final PlacementService placements;
    private final ProviderService providers;
    private final AuditFixtures audits;
    private final SubjectRunner subjects;
    private final TestWorld world;
    private final Clock clock;
    private final PupilRiskFixtures risks;
    private int pupils;

    ReviewFixtures(CalendarService calendars, PlacementService placements, ProviderService providers,
            AuditFixtures audits, SubjectRunner subjects, TestWorld world, Clock clock, PupilRiskFixtures risks) {
        this.risks = risks;
        this.calendars = calendars;
        this.placements = placements;
        this.providers = providers;
        this.audits = audits;
        this.subjects = subjects;
        this.world = world;
        this.clock = clock;
    }

    /** An approved provider with a signed-off audit. */
    public long provider(String name) {
        long provider = audits.provider(name);
        audits.decided(provider);
        return provider;
    }

    /**
     * An active placement at school A2 that began a year ago, with two planned outcomes; the pupil's
     * risk assessment was approved today (so a review held today or earlier finds it reviewed).
     */
    public long activeAtA2(long provider) {
        return activeAtA2(provider, LocalDate.now(clock));
    }

    /** As {@link #activeAtA2(long)}, the pupil's risk assessment approved on {@code riskApprovedOn}. */
    public synchronized long activeAtA2(long provider, LocalDate riskApprovedOn) {
        calendarAroundToday();
        LocalDate today = LocalDate.now(clock);
        String serial = String.format("%03d", 100 + pupils++);
        long id = subjects.callAs("a2.aplead", () -> {
            long site = providers.get(provider).sites().getFirst().id();
            return placements.propose(new PupilDetails("Riley", "Reviewed" + serial,
                    Upn.withCheckLetter("990001427" + serial), today.minusYears(14), 9, SenStatus.NONE, false, null,
                    false), new PlacementTerms(PlacementType.VOCATIONAL, today.minusYears(1), null,
                    "Re-engage with learning", "Attendance above 90%\n- A Level 1 qualification\n\n",
                    new BigDecimal("70.00"), false, null, new Timetable(List.of(new TimetableSession(
                            DayOfWeek.TUESDAY, Session.AM, provider, site, LocalTime.of(9, 0), LocalTime.of(12, 0))))));
        });
        risks.approved("a2.slt", id, riskApprovedOn);
        subjects.runAs("a2.slt", () -> placements.changeStatus(id, placements.get(id).version(),
                PlacementStatus.ACTIVE, "Agreed at panel", null));
        return id;
    }

    private void calendarAroundToday() {
        AcademicYear now = AcademicYear.of(LocalDate.now(clock));
        for (AcademicYear year : List.of(new AcademicYear(now.startYear() - 1), now)) {
            subjects.runAs("a.admin", () -> {
                long version = calendars.plans(world.schoolA2).stream().filter(p -> p.year().equals(year))
                        .mapToLong(YearPlan::version).findFirst().orElse(0);
                calendars.save(world.schoolA2, plan(year, version));
            });
        }
    }

    private static YearPlan plan(AcademicYear year, long version) {
        int y = year.startYear();
        List<LocalDate> bounds = List.of(LocalDate.of(y, 9, 1), LocalDate.of(y, 10, 20), LocalDate.of(y, 11, 1),
                LocalDate.of(y, 12, 18), LocalDate.of(y + 1, 1, 5), LocalDate.of(y + 1, 2, 12),
                LocalDate.of(y + 1, 2, 22), LocalDate.of(y + 1, 3, 31), LocalDate.of(y + 1, 4, 12),
                LocalDate.of(y + 1, 5, 25), LocalDate.of(y + 1, 6, 1), LocalDate.of(y + 1, 7, 20));
        List<HalfTerm> halves = new java.util.ArrayList<>();
        for (int i = 0; i < HalfTerm.PER_YEAR; i++) {
            halves.add(new HalfTerm(i + 1, HalfTerm.NAMES.get(i), bounds.get(2 * i), bounds.get(2 * i + 1)));
        }
        return new YearPlan(year, halves, List.of(), version);
    }
}
