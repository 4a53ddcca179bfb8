package uk.apassure.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.calendar.CalendarService;
import uk.apassure.demo.BulkPlacements;
import uk.apassure.demo.BulkProviders;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.placement.PlacementFilter;
import uk.apassure.placement.PlacementFlag;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.PlacementType;
import uk.apassure.security.Role;
import uk.apassure.security.SubjectRunner;

/**
 * Server time of the placements grid over 200,000 placements at the four schools of a trust: what
 * the grid asks for when it opens or a filter changes (the first 50 rows and the count) and when it
 * scrolls on (the next 50 rows), as one school's SLT (50,000 placements) and as the trust lead (all). Not part of the
 * normal build; run with {@code ./mvnw verify -Pbenchmark -Dit.test=PlacementGridBenchmark} and
 * copy the table into the README. It prints the median of 21 runs after 5 warm-ups and writes
 * them to target/benchmark/placements.csv. Targets: 50 ms a page, 150 ms a filter.
 */
@SpringBootTest
@ActiveProfiles("test")
class PlacementGridBenchmark {

    private static final int PLACEMENTS = 200_000;
    private static final int PAGE_TARGET = 50;
    private static final int FILTER_TARGET = 150;

    @Autowired
    SystemSetup setup;

    @Autowired
    BulkProviders bulkProviders;

    @Autowired
    BulkPlacements bulkPlacements;

    @Autowired
    CalendarService calendars;

    @Autowired
    PlacementService placements;

    @Autowired
    SubjectRunner subjects;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> lines = new ArrayList<>();

    @Test
    void pages_and_filters_over_200k_placements() throws IOException {
        BenchmarkTrust bench = BenchmarkTrust.create(setup, calendars, subjects, "Placement Benchmark Trust", "pbench",
                980001);
        long trust = bench.id();
        List<Long> schools = bench.schools();
        setup.createSchoolUser(schools.getFirst(), "pbench.slt", "Bench SLT", Set.of(Role.SLT), "bench-password");
        setup.createTrustUser(trust, "pbench.lead", "Bench Lead", Set.of(Role.TRUST_LEAD), "bench-password");
        bulkProviders.generate(trust, 1_000);

        long started = System.nanoTime();
        bulkPlacements.generate(trust, PLACEMENTS);
        long generated = System.nanoTime();
        subjects.runAs("pbench.admin", placements::refreshNoticeDeadlines);
        long dated = System.nanoTime();
        // fresh index statistics, as InnoDB would gather them in the background after a bulk load
        jdbc.execute("ANALYZE TABLE pupil, placement, placement_session");
        System.out.printf("BENCHMARK generate %d placements with pupils and weeks: %d ms; notice last days from the"
                + " calendars: %d ms%n", PLACEMENTS, (generated - started) / 1_000_000,
                (dated - generated) / 1_000_000);

        long provider = jdbc.queryForObject("SELECT s.provider_id FROM placement_session s JOIN placement p"
                + " ON p.id = s.placement_id WHERE p.school_id = ? LIMIT 1", Long.class, schools.getFirst());
        PlacementFilter any = PlacementFilter.ANY;
        PlacementFilter late = any.withFlag(PlacementFlag.NOTICE_LATE, true);
        PlacementFilter trigger = any.withFlag(PlacementFlag.REGISTRATION_TRIGGER, true);
        List<Scenario> scenarios = List.of(
                new Scenario("next page (rows 51-100, no count)", "school SLT", any, Sort.unsorted(), PAGE_TARGET),
                new Scenario("next page (rows 51-100, no count)", "trust lead", any, Sort.unsorted(), PAGE_TARGET),
                new Scenario("first page, newest start first", "school SLT", any, Sort.unsorted(), PAGE_TARGET),
                new Scenario("first page, newest start first", "trust lead", any, Sort.unsorted(), PAGE_TARGET),
                new Scenario("first page sorted by pupil", "school SLT", any, Sort.by("pupil"), PAGE_TARGET),
                new Scenario("filter: one provider", "school SLT", any.withProvider(provider), Sort.unsorted(),
                        FILTER_TARGET),
                new Scenario("filter: active + vocational", "school SLT", any.withStatus(PlacementStatus.ACTIVE)
                        .withType(PlacementType.VOCATIONAL), Sort.unsorted(), FILTER_TARGET),
                new Scenario("filter: starts in January 2027", "school SLT", any.withStartsFrom(
                        LocalDate.of(2027, 1, 1)).withStartsTo(LocalDate.of(2027, 1, 31)), Sort.unsorted(),
                        FILTER_TARGET),
                new Scenario("filter: notice late", "school SLT", late, Sort.unsorted(), FILTER_TARGET),
                new Scenario("filter: notice late", "trust lead", late, Sort.unsorted(), FILTER_TARGET),
                new Scenario("filter: review overdue", "school SLT", any.withFlag(PlacementFlag.REVIEW_OVERDUE, true),
                        Sort.unsorted(), FILTER_TARGET),
                new Scenario("filter: registration trigger", "school SLT", trigger, Sort.unsorted(), FILTER_TARGET),
                new Scenario("filter: one school", "trust lead", any.withSchool(schools.get(1)), Sort.unsorted(),
                        FILTER_TARGET));
        // every query once warm (JIT, buffer pool) before any is timed, so the first measured is not the slowest
        for (int i = 0; i < 5; i++) {
            scenarios.forEach(this::run);
        }
        lines.add("what,who,placements matching,median ms,min ms,max ms,target ms,within target");
        scenarios.forEach(this::measure);

        Path csv = Path.of("target", "benchmark", "placements.csv");
        Files.createDirectories(csv.getParent());
        Files.write(csv, lines);
        System.out.println("BENCHMARK written to " + csv.toAbsolutePath());
    }

    /** 21 timed runs of one scenario: its median, fastest and slowest in the table and the CSV file. */
    private void measure(Scenario scenario) {
        double[] times = new double[21];
        long matching = 0;
        for (int i = 0; i < times.length; i++) {
            long started = System.nanoTime();
            matching = run(scenario);
            times[i] = (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(times);
        double median = times[times.length / 2];
        System.out.printf("BENCHMARK | %-32s | %-10s | %,9d | median %6.1f ms | min %6.1f | max %6.1f | target %3d ms"
                + " | %s%n", scenario.what(), scenario.who(), matching, median, times[0], times[times.length - 1],
                scenario.target(), median <= scenario.target() ? "ok" : "OVER");
        lines.add(String.format(java.util.Locale.ROOT, "\"%s\",%s,%d,%.1f,%.1f,%.1f,%d,%s", scenario.what(),
                scenario.who(), matching, median, times[0], times[times.length - 1], scenario.target(),
                median <= scenario.target() ? "yes" : "no"));
    }

    /**
     * What the grid asks for when it opens or a filter changes: the first 50 rows and the count; or,
     * scrolling on, only the next 50 rows (the number of placements matching is then the rows read).
     */
    private long run(Scenario scenario) {
        return subjects.callAs(scenario.who().equals("trust lead") ? "pbench.lead" : "pbench.slt", () -> {
            if (scenario.what().startsWith("next page")) {
                return (long) placements.list(scenario.filter(), PageRequest.of(1, 50, scenario.sort())).size();
            }
            placements.list(scenario.filter(), PageRequest.of(0, 50, scenario.sort()));
            return placements.count(scenario.filter());
        });
    }

    private record Scenario(String what, String who, PlacementFilter filter, Sort sort, int target) {}
}
