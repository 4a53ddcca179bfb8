package uk.apassure.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Round trips under load (issue 14): simulated members of staff, each a {@link VirtualUser} over
 * Vaadin's own client-server protocol ({@link UidlSession}), against the production jar with the
 * demo data. Each signs in through the login form and then repeats the journey dashboard →
 * register → filter → provider → new visit, autosaved field by field → submit, with a think time
 * between steps. Measured in turn, every window after the users it needs have signed in:
 * <ol>
 *   <li>a burst of sign-ins at once while a few users work: sign-ins per second, "busy" answers of
 *       the hashing limit, and the working users' round trips meanwhile;</li>
 *   <li>100, 150, 200 users … step by step with 3–5 s of think time, on past 200 until p95 passes
 *       200 ms (target at 200 users: p95 ≤ 50 ms, no errors);</li>
 *   <li>at 200 users, the same users with 1 s (a busy morning; target p95 ≤ 200 ms).</li>
 * </ol>
 * Not part of the normal build:
 * {@code ./mvnw verify -Pbenchmark -Dit.test=LoadBenchmark -Dfailsafe.failIfNoSpecifiedTests=false}
 * (needs the jar: {@code ./mvnw package -DskipTests} first). Settings as system properties:
 * {@code load.users} (200), {@code load.think} ("3000-5000" ms), {@code load.busyThink} (1000),
 * {@code load.window} (60 s at the target), {@code load.stepWindow} (40 s), {@code load.steps}
 * ("100,150,300,400,500", the target added), {@code load.burst} (50),
 * {@code load.url} (an app already running instead of the jar). The table is printed and written to
 * target/benchmark/load.csv with the machine's load average, since the load generator shares the
 * machine with the app (and here with other builds).
 */
class LoadBenchmark {

    /** Demo users who may record visits (README): every simulated user is one of them, in turn. */
    private static final List<String> STAFF = List.of("aplead", "visitor", "slt", "head", "dsl", "aplead.riverside",
            "slt.riverside", "dsl.riverside", "aplead.stanselms", "slt.stanselms");
    private static final String PASSWORD = "apassure-demo";
    private static final Predicate<String> JOURNEY = kind -> !kind.equals("signin") && !kind.equals("page")
            && !kind.equals("bootstrap");
    private static final AtomicInteger ERRORS_SHOWN = new AtomicInteger();

    private final List<String> csv = new ArrayList<>(List.of(
            "run,users,think_ms,seconds,requests,requests_per_s,p50_ms,p95_ms,p99_ms,max_ms,errors,sign_ins_per_s,busy_answers,load_average"));
    private final List<VirtualUser> users = new ArrayList<>();
    private final RoundTrips timings = new RoundTrips();
    private final VirtualUser.Pace pace = new VirtualUser.Pace(3000, 5000);
    private HttpClient http;
    private AppUnderLoad app;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    static {
        // close kept-alive connections before the server does (Tomcat: 20 s idle), so that few
        // requests meet a connection closed under them
        System.setProperty("jdk.httpclient.keepalive.timeout", "10");
    }

    static void reportError(String problem) {
        if (ERRORS_SHOWN.incrementAndGet() <= 20) {
            System.out.println("BENCHMARK load error: " + problem);
        }
    }

    @Test
    void round_trips_under_load() throws Exception {
        int target = Integer.getInteger("load.users", 200);
        String[] think = System.getProperty("load.think", "3000-5000").split("-");
        long thinkMin = Long.parseLong(think[0]);
        long thinkMax = Long.parseLong(think[think.length - 1]);
        long busyThink = Long.getLong("load.busyThink", 1000);
        Duration window = Duration.ofSeconds(Long.getLong("load.window", 60));
        int burst = Integer.getInteger("load.burst", 50);
        Duration stepWindow = Duration.ofSeconds(Long.getLong("load.stepWindow", 40));
        List<Integer> steps = java.util.stream.Stream.concat(
                        List.of(System.getProperty("load.steps", "100,150,300,400,500").split(",")).stream()
                                .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf),
                        java.util.stream.Stream.of(target))
                .distinct().sorted().toList();

        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try (AppUnderLoad started = AppUnderLoad.start()) {
            app = started;
            waitForDemoData();
            pace.set(thinkMin, thinkMax);
            addUsers(20, Duration.ofMillis(200));
            Thread.sleep(20_000); // warm-up: the JIT, the connection pool, the database's caches
            timings.reset();
            Thread.sleep(15_000);
            RoundTrips.Window before = timings.window(JOURNEY);

            timings.reset();
            long burstStart = System.nanoTime();
            List<VirtualUser> burstUsers = addUsers(burst, Duration.ZERO);
            awaitSignedIn(burstUsers, Duration.ofMinutes(2));
            double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
            RoundTrips.Window during = timings.window(JOURNEY);
            RoundTrips.Window signIns = timings.window(kind -> kind.equals("signin"));
            row(String.format("%d working users before a burst", users.size() - burst), users.size() - burst, pace, before,
                    Double.NaN, 0);
            row(String.format("  the same during %d sign-ins at once", burst), users.size() - burst, pace, during,
                    burst / burstSeconds, timings.busyAnswers());
            System.out.printf(Locale.ROOT, "BENCHMARK load: %d sign-ins at once took %.1f s (%.1f/s); one sign-in's"
                    + " round trip p50 %.0f ms, p95 %.0f ms; %d busy answers%n", burst, burstSeconds,
                    burst / burstSeconds, signIns.p50(), signIns.p95(), timings.busyAnswers());

            // stepped at the normal think time, up to the target and on until p95 passes 200 ms
            boolean passed = false;
            for (int step : steps) {
                if (passed && step > target) {
                    break;
                }
                RoundTrips.Window seen = measure(step, thinkMin, thinkMax, step == target ? window : stepWindow,
                        String.format("%d users, think %d–%d s", step, thinkMin / 1000, thinkMax / 1000));
                if (!passed && seen.p95() > 200) {
                    passed = true;
                    System.out.printf("BENCHMARK load: p95 passed 200 ms at %d users (think %d–%d s)%n", step,
                            thinkMin / 1000, thinkMax / 1000);
                }
                if (step == target) {
                    pace.set(busyThink, busyThink);
                    Thread.sleep(10_000);
                    measure(target, busyThink, busyThink, window, String.format("%d users, think %d s (busy morning)",
                            target, busyThink / 1000));
                    pace.set(thinkMin, thinkMax);
                }
            }
            // the users stop before the app does, so that its shutdown is not counted against them
            users.forEach(VirtualUser::stop);
            threads.shutdownNow();
        } finally {
            users.forEach(VirtualUser::stop);
            threads.shutdownNow();
            write();
        }
        assertThat(users).isNotEmpty();
    }

    /** Brings the users up to {@code count} (signed in), lets them settle, and measures one window. */
    private RoundTrips.Window measure(int count, long thinkMin, long thinkMax, Duration window, String name)
            throws InterruptedException {
        timings.reset();
        long rampStart = System.nanoTime();
        int newcomers = Math.max(0, count - users.size());
        List<VirtualUser> added = addUsers(newcomers, Duration.ofMillis(150));
        awaitSignedIn(added, Duration.ofMinutes(3));
        double rampSeconds = (System.nanoTime() - rampStart) / 1e9;
        double signInRate = newcomers == 0 ? Double.NaN : newcomers / rampSeconds;
        int busy = timings.busyAnswers();
        Thread.sleep(Math.min(10_000, thinkMax * 2));
        timings.reset();
        Thread.sleep(window.toMillis());
        RoundTrips.Window seen = timings.window(JOURNEY);
        row(name, count, new VirtualUser.Pace(thinkMin, thinkMax), seen, signInRate, busy);
        System.out.println("BENCHMARK   by request, p50/p95: " + timings.byKind(JOURNEY) + "; sent again after a"
                + " broken connection: " + timings.retries());
        return seen;
    }

    private List<VirtualUser> addUsers(int count, Duration apart) throws InterruptedException {
        List<VirtualUser> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            VirtualUser user = new VirtualUser(http, app.base, timings, pace, STAFF.get(users.size() % STAFF.size()),
                    PASSWORD);
            users.add(user);
            added.add(user);
            threads.submit(user);
            if (!apart.isZero()) {
                Thread.sleep(apart.toMillis());
            }
        }
        return added;
    }

    private static void awaitSignedIn(List<VirtualUser> added, Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < until && !added.stream().allMatch(VirtualUser::signedIn)) {
            Thread.sleep(100);
        }
    }

    /** The demo data is created after the app starts serving: wait until a demo user can sign in. */
    private void waitForDemoData() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        for (int attempt = 0; System.nanoTime() < until; attempt++) {
            VirtualUser probe = new VirtualUser(http, app.base, new RoundTrips(), pace, STAFF.get(attempt % STAFF.size()),
                    PASSWORD);
            try {
                probe.signIn();
                return;
            } catch (IOException e) {
                Thread.sleep(5_000);
            }
        }
        throw new IllegalStateException("No demo user could sign in within 5 minutes");
    }

    private void row(String name, int count, VirtualUser.Pace think, RoundTrips.Window seen, double signInRate, int busy) {
        String load = loadAverage();
        System.out.printf(Locale.ROOT, "BENCHMARK | %-42s | %,7d req | %6.1f req/s | p50 %6.1f ms | p95 %7.1f ms"
                        + " | p99 %7.1f ms | errors %3d | sign-ins %5s/s | busy %3d | load %s%n",
                name, seen.count(), seen.perSecond(), seen.p50(), seen.p95(), seen.p99(), seen.errors(),
                Double.isNaN(signInRate) ? "–" : String.format(Locale.ROOT, "%.1f", signInRate), busy, load);
        csv.add(String.format(Locale.ROOT, "\"%s\",%d,%d-%d,%.0f,%d,%.1f,%.1f,%.1f,%.1f,%.1f,%d,%s,%d,%s",
                name.strip(), count, think.minMillis, think.maxMillis, seen.seconds(), seen.count(), seen.perSecond(),
                seen.p50(), seen.p95(), seen.p99(), seen.max(), seen.errors(),
                Double.isNaN(signInRate) ? "" : String.format(Locale.ROOT, "%.1f", signInRate), busy, load));
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private void write() throws IOException {
        Path file = Path.of("target", "benchmark", "load.csv");
        Files.createDirectories(file.getParent());
        Files.write(file, csv);
        System.out.println("BENCHMARK written to " + file.toAbsolutePath());
    }
}
