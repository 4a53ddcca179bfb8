package uk.apassure.benchmark;

import java.util.Arrays;
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
 * README. Timings on a shared machine vary: it reports the median of 21 runs after 5 warm-ups.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProviderGridBenchmark {

    private static final int PROVIDERS = 100_000;

    @Autowired
    SystemSetup setup;

    @Autowired
    BulkProviders bulk;

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    @Test
    void first_page_and_filtered_page_over_100k_providers() {
        long trust = setup.createTrust("Benchmark Trust");
        setup.createTrustUser(trust, "bench.lead", "Bench Lead", Set.of(Role.TRUST_LEAD), "bench-password");
        long started = System.nanoTime();
        bulk.generate(trust, PROVIDERS);
        System.out.printf("BENCHMARK generate %d providers with sites: %d ms%n", PROVIDERS, millis(started));

        ProviderFilter filtered = ProviderFilter.ANY.withName("Forge").withStatus(ProviderStatus.APPROVED);
        report("first page (50 rows + count), sorted by name", () -> page(ProviderFilter.ANY));
        report("filter 'Forge' + approved (50 rows + count)", () -> page(filtered));
        report("first page sorted by main-site town", () -> subjects.callAs("bench.lead",
                () -> providers.list(ProviderFilter.ANY, PageRequest.of(0, 50, Sort.by("town"))).size()));
    }

    private int page(ProviderFilter filter) {
        return subjects.callAs("bench.lead", () -> {
            int rows = providers.list(filter, PageRequest.of(0, 50, Sort.by("name"))).size();
            return rows + (int) providers.count(filter);
        });
    }

    private static void report(String what, Supplier<Integer> work) {
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
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
