package uk.apassure.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.attendance.DayFilter;
import uk.apassure.base.time.InTermClock;
import uk.apassure.calendar.CalendarService;
import uk.apassure.demo.BulkPlacements;
import uk.apassure.demo.BulkProviders;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementWeek;
import uk.apassure.placement.ProviderAttendance;
import uk.apassure.provider.AttendanceAtProviders;
import uk.apassure.security.Role;
import uk.apassure.security.SubjectRunner;

/**
 * Server time of the attendance screen for a trust with 2,000 active placements at four schools
 * (issue 10), on Tue 24 Nov 2026 (InTermClock): today's expected sessions with their marks and
 * follow-ups, a page of 50 with the day's totals, as one school's attendance officer (500 placements,
 * first and last page) and as the trust lead (all); last week's attendance % per placement and
 * provider across all 2,000, and per provider for a register page of 50 providers (both SQL
 * aggregates). Every placement has Tuesday morning and afternoon and Thursday morning at one
 * provider; last week is marked in full and half of this morning. Not part of the normal build:
 * {@code ./mvnw verify -Pbenchmark -Dit.test=AttendanceBenchmark}; median of 21 runs after 5
 * warm-ups, also written to target/benchmark/attendance.csv. Target: 50 ms a page.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(InTermClock.class)
class AttendanceBenchmark {

    private static final int PLACEMENTS = 2_000;
    private static final int PAGE_TARGET = 50;
    private static final int PAGE = 50;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Autowired
    SystemSetup setup;
    @Autowired
    BulkProviders bulkProviders;
    @Autowired
    BulkPlacements bulkPlacements;
    @Autowired
    CalendarService calendars;
    @Autowired
    AttendanceService attendance;
    @Autowired
    AttendanceAtProviders atProviders;
    @Autowired
    ProviderAttendance gridAttendance;
    @Autowired
    PlacementService placements;
    @Autowired
    SubjectRunner subjects;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> lines = new ArrayList<>();

    @Test
    void todays_sessions_and_weekly_percentages_for_2000_active_placements() throws IOException {
        BenchmarkTrust bench = BenchmarkTrust.create(setup, calendars, subjects, "Attendance Benchmark Trust",
                "bench.register", 981001);
        long trust = bench.id();
        List<Long> schools = bench.schools();
        long officer = setup.createSchoolUser(schools.getFirst(), "bench.attendance", "Bench Attendance",
                Set.of(Role.ATTENDANCE), "bench-password");
        setup.createTrustUser(trust, "bench.register.lead", "Bench Lead", Set.of(Role.TRUST_LEAD), "bench-password");
        bulkProviders.generate(trust, 300);
        bulkPlacements.generate(trust, PLACEMENTS);
        // all 2,000 active since the start of term, with no end
        String inTrust = " FROM placement p JOIN school s ON s.id = p.school_id WHERE s.trust_id = " + trust;
        jdbc.update("UPDATE placement p JOIN school s ON s.id = p.school_id SET p.status = 'ACTIVE',"
                + " p.starts_on = '2026-09-07', p.ends_on = NULL, p.destination = NULL WHERE s.trust_id = ?", trust);
        // last week marked in full (one in ten absent), this morning half marked
        for (String[] session : new String[][] {{"2026-11-17", "AM"}, {"2026-11-17", "PM"}, {"2026-11-19", "AM"},
                {"2026-11-24", "AM"}}) {
            String only = session[0].equals("2026-11-24") ? " AND p.id MOD 2 = 0" : "";
            jdbc.update("INSERT INTO attendance_mark (placement_id, school_id, on_date, session, mark, source,"
                    + " marked_by_id, marked_by_name, marked_at) SELECT p.id, p.school_id, ?, ?,"
                    + " IF(p.id MOD 10 = 0, 'UNAUTHORISED_ABSENCE', 'PRESENT'), 'TAP', ?, 'Bench Attendance', NOW(6)"
                    + inTrust + only, session[0], session[1], officer);
        }
        jdbc.execute("ANALYZE TABLE placement, placement_session, attendance_mark, pupil");
        long active = jdbc.queryForObject("SELECT COUNT(*)" + inTrust + " AND p.status = 'ACTIVE'", Long.class);
        System.out.printf("BENCHMARK attendance: %d active placements%n", active);
        var officersDay = subjects.callAs("bench.attendance", () -> attendance.day(TODAY, DayFilter.ALL, 0, PAGE));
        var trustsDay = subjects.callAs("bench.register.lead", () -> attendance.day(TODAY, DayFilter.ALL, 0, PAGE));
        System.out.printf("BENCHMARK attendance: today %d sessions expected at the officer's school (%d not marked),"
                + " %d across the trust (%d not marked)%n", officersDay.expected(), officersDay.unmarked(),
                trustsDay.expected(), trustsDay.unmarked());

        List<Long> registerPage = jdbc.queryForList("SELECT id FROM provider WHERE trust_id = ? ORDER BY name, id"
                + " LIMIT " + PAGE, Long.class, trust);
        // what the placements grid asks for one page (PlacementGrid): its active placements' weeks
        List<PlacementWeek> placementPage = subjects.callAs("bench.register.lead", () -> jdbc.queryForList(
                "SELECT p.id" + inTrust + " AND p.status = 'ACTIVE' ORDER BY p.id LIMIT " + PAGE, Long.class)
                .stream().map(placements::week).toList());
        List<Scenario> scenarios = List.of(
                new Scenario("today's sessions, first page of 50 (the attendance page)", "school attendance officer",
                        "bench.attendance", () -> attendance.day(TODAY, DayFilter.ALL, 0, PAGE).rows().size()),
                new Scenario("today's sessions, last page (rows 951-1000)", "school attendance officer",
                        "bench.attendance", () -> attendance.day(TODAY, DayFilter.ALL, 950, PAGE).rows().size()),
                new Scenario("today's sessions, first page of 50 (the attendance page)", "trust lead",
                        "bench.register.lead", () -> attendance.day(TODAY, DayFilter.ALL, 0, PAGE).rows().size()),
                new Scenario("today's sessions not marked, first page of 50", "school attendance officer",
                        "bench.attendance", () -> attendance.day(TODAY, new DayFilter(true, ""), 0, PAGE).rows()
                                .size()),
                new Scenario("last week's % per placement and provider, a placements page of 50", "trust lead",
                        "bench.register.lead", () -> gridAttendance.lastWeek(placementPage, TODAY).size()),
                new Scenario("last week's % per provider, a register page of 50 providers", "trust lead",
                        "bench.register.lead", () -> atProviders.lastWeek(registerPage).size()),
                new Scenario("last week's % per provider, a register page of 50 providers", "school attendance officer",
                        "bench.attendance", () -> atProviders.lastWeek(registerPage).size()));
        for (int i = 0; i < 5; i++) {
            scenarios.forEach(s -> subjects.callAs(s.user(), s.work()));
        }
        lines.add("what,who,rows,median ms,min ms,max ms,target ms");
        scenarios.forEach(this::measure);
        Path csv = Path.of("target", "benchmark", "attendance.csv");
        Files.createDirectories(csv.getParent());
        Files.write(csv, lines);
        System.out.println("BENCHMARK written to " + csv.toAbsolutePath());
    }

    private void measure(Scenario scenario) {
        double[] times = new double[21];
        int rows = 0;
        for (int i = 0; i < times.length; i++) {
            long started = System.nanoTime();
            rows = subjects.callAs(scenario.user(), scenario.work());
            times[i] = (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(times);
        double median = times[times.length / 2];
        System.out.printf("BENCHMARK | %-62s | %-25s | %,6d | median %6.1f ms | min %6.1f | max %6.1f | target %d ms"
                + " | %s%n", scenario.what(), scenario.who(), rows, median, times[0], times[times.length - 1],
                PAGE_TARGET, median <= PAGE_TARGET ? "ok" : "OVER");
        lines.add(String.format(Locale.ROOT, "\"%s\",%s,%d,%.1f,%.1f,%.1f,%d", scenario.what(), scenario.who(), rows,
                median, times[0], times[times.length - 1], PAGE_TARGET));
    }

    private record Scenario(String what, String who, String user, Supplier<Integer> work) {}
}
