package uk.apassure.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.ViewTest;
import uk.apassure.compare.ComparePeriod;
import uk.apassure.compare.CompareService;
import uk.apassure.compare.ui.CompareView;
import uk.apassure.demo.BulkProviders;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.organisation.ui.AccountView;
import uk.apassure.security.Role;
import uk.apassure.security.SubjectRunner;

/**
 * Server time of {@code /compare} over a trust of 50 schools, 2,000 providers and five years of
 * placements with their timetables, attendance marks, signed reviews, visits and concerns: the
 * providers grid for this term, the last twelve months and five years (target 1 s), the other
 * five-year queries of the page (schools for the RAG chart, a provider's drill-down and half-term
 * trend), and the page's first render for the trust lead (the view built and filled, browserless).
 * Not part of the normal build; run with {@code ./mvnw verify -Pbenchmark -Dit.test=CompareBenchmark}.
 * It prints the median of 7 runs after 2 warm-ups of each and writes them to target/benchmark/compare.csv.
 */
class CompareBenchmark extends ViewTest {

    private static final int SCHOOLS = 50;
    private static final int PROVIDERS = 2_000;
    private static final int PLACEMENTS_A_SCHOOL_A_YEAR = 60;
    private static final int QUERY_TARGET = 1_000;
    private static final int RENDER_TARGET = 2_000;

    @Autowired
    SystemSetup setup;

    @Autowired
    BulkProviders bulkProviders;

    @Autowired
    CompareService compare;

    @Autowired
    SubjectRunner subjects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private final List<String> lines = new ArrayList<>();

    @Test
    void compare_over_five_years_of_a_50_school_trust() throws IOException {
        LocalDate today = LocalDate.now(clock);
        long trust = setup.createTrust("Compare Benchmark Trust");
        List<Long> schools = new ArrayList<>();
        for (int i = 1; i <= SCHOOLS; i++) {
            schools.add(setup.createSchool(trust, "Bench School " + i, "97%04d".formatted(i), "Ashworth"));
        }
        long lead = setup.createTrustUser(trust, "cbench.lead", "Bench Lead", Set.of(Role.TRUST_LEAD), "bench-password");
        setup.createSchoolUser(schools.getFirst(), "cbench.slt", "Bench SLT", Set.of(Role.SLT), "bench-password");

        long started = System.nanoTime();
        bulkProviders.generate(trust, PROVIDERS);
        int placements = new BulkHistory(jdbc).generate(trust, lead, PLACEMENTS_A_SCHOOL_A_YEAR, today);
        // fresh index statistics, as InnoDB would gather them in the background after a bulk load
        jdbc.execute("ANALYZE TABLE provider, placement, placement_session, attendance_mark, placement_review, visit,"
                + " safeguarding_concern, school_year, school_half_term");
        System.out.printf("BENCHMARK generated %d providers, %d placements, %d attendance marks, %d reviews, %d visits,"
                + " %d concerns in %d ms%n", PROVIDERS, placements, count("attendance_mark"), count("placement_review"),
                count("visit"), count("safeguarding_concern"), (System.nanoTime() - started) / 1_000_000);

        long provider = jdbc.queryForObject("SELECT s.provider_id FROM placement_session s JOIN placement p"
                + " ON p.id = s.placement_id WHERE p.created_by = 'Benchmark' GROUP BY s.provider_id"
                + " ORDER BY COUNT(*) DESC, s.provider_id LIMIT 1", Long.class);
        ComparePeriod fiveYears = new ComparePeriod("five-years", "Five years", today.minusYears(5).plusDays(1), today);
        ComparePeriod term = subjects.callAs("cbench.lead", () -> compare.period("term"));
        ComparePeriod twelveMonths = subjects.callAs("cbench.lead", () -> compare.period("12-months"));
        List<Scenario> scenarios = List.of(
                query("providers grid: " + term.label(), "trust lead", () -> compare.providers(term).size()),
                query("providers grid: last 12 months", "trust lead", () -> compare.providers(twelveMonths).size()),
                query("providers grid: five years", "trust lead", () -> compare.providers(fiveYears).size()),
                query("providers grid: five years", "school SLT", () -> compare.providers(fiveYears).size()),
                query("schools (RAG chart): five years", "trust lead", () -> compare.schools(fiveYears).size()),
                query("drill-down by school: five years", "trust lead",
                        () -> compare.bySchool(provider, fiveYears).size()),
                query("half-term trend: five years", "trust lead", () -> compare.trend(provider, fiveYears).size()),
                new Scenario("first render of /compare (last 12 months)", "trust lead", this::render, RENDER_TARGET));
        lines.add("what,who,rows,median ms,min ms,max ms,target ms,within target");
        scenarios.forEach(this::measure);
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        System.out.println("BENCHMARK load average (1, 5, 15 min) at the end: " + load);
        lines.add("\"load average at the end: " + load + "\",,,,,,,");

        Path csv = Path.of("target", "benchmark", "compare.csv");
        Files.createDirectories(csv.getParent());
        Files.write(csv, lines);
        System.out.println("BENCHMARK written to " + csv.toAbsolutePath());
    }

    private Scenario query(String what, String who, LongSupplier work) {
        String username = who.equals("trust lead") ? "cbench.lead" : "cbench.slt";
        return new Scenario(what, who, () -> subjects.callAs(username, work::getAsLong), QUERY_TARGET);
    }

    /** The trust lead opens /compare from another page: the view is built and its grids and charts filled. */
    private long render() {
        signInAs("cbench.lead");
        navigate(AccountView.class);
        long started = System.nanoTime();
        CompareView view = navigate(CompareView.class);
        long took = System.nanoTime() - started;
        return view == null ? -1 : -took;
    }

    /** 2 warm-ups, then 7 timed runs of one scenario: its median, fastest and slowest in the table and the CSV file. */
    private void measure(Scenario scenario) {
        scenario.work().getAsLong();
        scenario.work().getAsLong();
        double[] times = new double[7];
        long rows = 0;
        for (int i = 0; i < times.length; i++) {
            long started = System.nanoTime();
            rows = scenario.work().getAsLong();
            times[i] = rows < 0 ? -rows / 1_000_000.0 : (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(times);
        double median = times[times.length / 2];
        String within = median <= scenario.target() ? "yes" : "no";
        System.out.printf(Locale.ROOT, "BENCHMARK | %-42s | %-10s | %5d | median %7.1f ms | min %7.1f | max %7.1f"
                + " | target %4d ms | %s%n", scenario.what(), scenario.who(), Math.max(rows, 0), median, times[0],
                times[times.length - 1], scenario.target(), within.equals("yes") ? "ok" : "OVER");
        lines.add(String.format(Locale.ROOT, "\"%s\",%s,%d,%.1f,%.1f,%.1f,%d,%s", scenario.what(), scenario.who(),
                Math.max(rows, 0), median, times[0], times[times.length - 1], scenario.target(), within));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** @param work returns the rows it got, or for a render minus the nanoseconds it took (timed inside) */
    private record Scenario(String what, String who, LongSupplier work, int target) {}
}
