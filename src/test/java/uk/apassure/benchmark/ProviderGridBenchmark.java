package uk.apassure.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.demo.BulkProviders;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.security.Role;
import uk.apassure.security.SubjectRunner;

/**
 * Server time of the register grid over 100,000 providers with sites: the first page (50 rows and
 * the count, as the grid asks for them) and the same with a name + status filter. Not part of the
 * normal build; run with {@code ./mvnw verify -Pbenchmark} and copy the printed medians into the
 * README. Timings on a shared machine vary: it reports the median of 21 runs after 5 warm-ups, also
 * written to target/benchmark/providers.csv with the targets of the other grids (50 ms a page, 150 ms a
 * filter).
 */
@SpringBootTest
@ActiveProfiles("test")
class ProviderGridBenchmark {

    private static final int PROVIDERS = 100_000;
    private static final int PAGE_TARGET = 50;
    private static final int FILTER_TARGET = 150;

    @Autowired
    SystemSetup setup;

    @Autowired
    BulkProviders bulk;

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    private final List<String> lines = new ArrayList<>(
            List.of("what,who,rows (+ count),median ms,min ms,max ms,target ms,within target,load average"));

    @Test
    void first_page_and_filtered_page_over_100k_providers() throws IOException {
        long trust = setup.createTrust("Benchmark Trust");
        setup.createTrustUser(trust, "rbench.lead", "Bench Lead", Set.of(Role.TRUST_LEAD), "bench-password");
        long started = System.nanoTime();
        bulk.generate(trust, PROVIDERS);
        System.out.printf("BENCHMARK generate %d providers with sites: %d ms%n", PROVIDERS, millis(started));

        ProviderFilter filtered = ProviderFilter.ANY.withName("Forge").withStatus(ProviderStatus.APPROVED);
        report("first page (50 rows + count), sorted by name", PAGE_TARGET, () -> page(ProviderFilter.ANY));
        report("filter 'Forge' + approved (50 rows + count)", FILTER_TARGET, () -> page(filtered));
        report("first page sorted by main-site town", PAGE_TARGET, () -> subjects.callAs("rbench.lead",
                () -> providers.list(ProviderFilter.ANY, PageRequest.of(0, 50, Sort.by("town"))).size()));
        Path csv = Path.of("target", "benchmark", "providers.csv");
        Files.createDirectories(csv.getParent());
        Files.write(csv, lines);
        System.out.println("BENCHMARK written to " + csv.toAbsolutePath());
    }

    private int page(ProviderFilter filter) {
        return subjects.callAs("rbench.lead", () -> {
            int rows = providers.list(filter, PageRequest.of(0, 50, Sort.by("name"))).size();
            return rows + (int) providers.count(filter);
        });
    }

    private void report(String what, int target, Supplier<Integer> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        double[] times = new double[21];
        for (int i = 0; i < times.length; i++) {
            long started = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(times);
        System.out.printf("BENCHMARK %s: median %.1f ms (min %.1f, max %.1f)%n", what, times[10], times[0],
                times[times.length - 1]);
        lines.add(String.format(Locale.ROOT, "\"%s\",trust lead,%d,%.1f,%.1f,%.1f,%d,%s,%s", what, work.get(), times[10],
                times[0], times[times.length - 1], target, times[10] <= target ? "yes" : "no", loadAverage()));
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "";
        }
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
