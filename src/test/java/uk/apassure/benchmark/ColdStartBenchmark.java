package uk.apassure.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cold start of the production jar to a served login page with the embedded MariaDB and the demo
 * data: the first start with an empty data folder (MariaDB unpacked and initialised, schema
 * migrated; the demo data is created just after, and its end is reported too) and a restart with
 * the data kept. Median of 3 each; target 15 s
 * (issue 14). Written to {@code target/benchmark/cold-start.csv}.
 */
class ColdStartBenchmark {

    private static final int RUNS = 3;

    @Test
    void first_start_and_restart_to_a_served_login_page() throws IOException {
        List<Duration> first = new ArrayList<>();
        List<Duration> demoReady = new ArrayList<>();
        List<Duration> restart = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Path folder = Files.createTempDirectory("ap-assure-cold");
            try {
                ProductionJar.Options options = ProductionJar.Options.DEFAULT.dataFolder(folder);
                try (ProductionJar app = ProductionJar.start(options)) {
                    first.add(app.startup());
                    // the demo data is made just after the login page is served; the restart needs it kept
                    demoReady.add(app.awaitOutput("Demo data created", Duration.ofMinutes(5)));
                }
                try (ProductionJar app = ProductionJar.start(options)) {
                    restart.add(app.startup());
                }
                System.out.printf("BENCHMARK cold start run %d: first %d ms (demo users %d ms), restart %d ms (load %s)%n",
                        run + 1, first.getLast().toMillis(), demoReady.getLast().toMillis(),
                        restart.getLast().toMillis(), loadAverage());
            } finally {
                ProductionJar.deleteRecursively(folder);
            }
        }
        List<String> lines = new ArrayList<>(List.of("start,median ms,min ms,max ms,runs,load average"));
        lines.add(row("first start, empty data folder", first));
        lines.add(row("first start, demo users can sign in", demoReady));
        lines.add(row("restart, data kept", restart));
        Path csv = Path.of("target", "benchmark", "cold-start.csv");
        Files.createDirectories(csv.getParent());
        Files.write(csv, lines);
        System.out.println("BENCHMARK written to " + csv.toAbsolutePath());
    }

    private static String row(String what, List<Duration> times) {
        System.out.printf("BENCHMARK | %-36s | median %6d ms | min %6d | max %6d | target 15000 ms | load %s%n", what,
                median(times), min(times), max(times), loadAverage());
        return "\"%s\",%d,%d,%d,%d,\"%s\"".formatted(what, median(times), min(times), max(times), times.size(),
                loadAverage());
    }

    /** 1, 5 and 15 minute load averages: the machine is shared, so every figure carries them. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long median(List<Duration> times) {
        return times.stream().mapToLong(Duration::toMillis).sorted().skip(times.size() / 2).findFirst().orElseThrow();
    }

    private static long min(List<Duration> times) {
        return times.stream().mapToLong(Duration::toMillis).min().orElseThrow();
    }

    private static long max(List<Duration> times) {
        return times.stream().mapToLong(Duration::toMillis).max().orElseThrow();
    }
}
