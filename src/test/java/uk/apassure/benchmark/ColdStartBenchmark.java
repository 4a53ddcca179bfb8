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
 * (issue 14). Then the same from the extracted jar with a JDK AOT cache made by one training run
 * ({@link ProductionJar#aotCache}). Written to {@code target/benchmark/cold-start.csv}.
 */
class ColdStartBenchmark {

    /** Runs of each kind (-Dcoldstart.runs, default 3; each takes a first start with the demo data and a restart). */
    private static final int RUNS = Integer.getInteger("coldstart.runs", 3);

    @Test
    void first_start_and_restart_to_a_served_login_page() throws IOException {
        Runs plain = runs("", ProductionJar.Options.DEFAULT);
        // the same with a JDK AOT cache made by one training run (README: Cold start)
        Path trainingData = Files.createTempDirectory("ap-assure-cold");
        ProductionJar.Options aot;
        try {
            try (ProductionJar app = ProductionJar.start(ProductionJar.Options.DEFAULT.dataFolder(trainingData))) {
                app.awaitOutput("Demo data created", Duration.ofMinutes(5));
            }
            aot = ProductionJar.aotCache(ProductionJar.Options.DEFAULT, Path.of("target", "benchmark", "aot"),
                    trainingData);
        } finally {
            ProductionJar.deleteRecursively(trainingData);
        }
        Runs cached = runs(" (AOT cache)", aot);
        List<String> lines = new ArrayList<>(List.of("start,median ms,min ms,max ms,runs,load average"));
        lines.add(row("first start, empty data folder", plain.first()));
        lines.add(row("first start, demo users can sign in", plain.demoReady()));
        lines.add(row("restart, data kept", plain.restart()));
        lines.add(row("AOT cache: first start", cached.first()));
        lines.add(row("AOT cache: first start, demo users", cached.demoReady()));
        lines.add(row("AOT cache: restart, data kept", cached.restart()));
        Path csv = Path.of("target", "benchmark", "cold-start.csv");
        Files.createDirectories(csv.getParent());
        Files.write(csv, lines);
        System.out.println("BENCHMARK written to " + csv.toAbsolutePath());
    }

    private record Runs(List<Duration> first, List<Duration> demoReady, List<Duration> restart) {}

    private static Runs runs(String label, ProductionJar.Options base) throws IOException {
        Runs runs = new Runs(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < RUNS; run++) {
            Path folder = Files.createTempDirectory("ap-assure-cold");
            try {
                ProductionJar.Options options = base.dataFolder(folder);
                try (ProductionJar app = ProductionJar.start(options)) {
                    runs.first().add(app.startup());
                    // the demo data is made just after the login page is served; the restart needs it kept
                    runs.demoReady().add(app.awaitOutput("Demo data created", Duration.ofMinutes(5)));
                }
                try (ProductionJar app = ProductionJar.start(options)) {
                    runs.restart().add(app.startup());
                }
                System.out.printf("BENCHMARK cold start%s run %d: first %d ms (demo users %d ms), restart %d ms (load %s)%n",
                        label, run + 1, runs.first().getLast().toMillis(), runs.demoReady().getLast().toMillis(),
                        runs.restart().getLast().toMillis(), loadAverage());
            } finally {
                ProductionJar.deleteRecursively(folder);
            }
        }
        return runs;
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
