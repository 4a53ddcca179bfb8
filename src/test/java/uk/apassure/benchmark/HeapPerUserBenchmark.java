package uk.apassure.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Heap retained per signed-in user: for each main view, N real Chromium sessions (Playwright,
 * Debian's /usr/bin/chromium) open the view's address, sign in as a demo user and stay on it; the
 * production jar's live heap is measured after full GCs ({@code jcmd GC.class_histogram}, which
 * counts live objects only, after a GC and the pending finalizers; the smallest of three) before and with the sessions. The difference
 * divided by N is the heap one signed-in user keeps with that view open. Caches filled by the first
 * use are warmed by one session of every view before anything is measured. Sessions of an earlier
 * view are signed out and closed before the next view's baseline. Target: 150 KB (issue 14). Written to
 * {@code target/benchmark/heap.csv}, with the classes that grew most in
 * {@code target/benchmark/heap-classes.txt}.
 *
 * <p>{@code -Dheap.sessions=20} sets N, {@code -Dheap.user=aplead} the demo user,
 * {@code -Dheap.views=providers} one view only, {@code -Dheap.dump=folder} also writes a heap dump
 * (live objects) of the baseline and of the sessions of each view there, to find who keeps what.
 */
class HeapPerUserBenchmark {

    private static final int SESSIONS = Integer.getInteger("heap.sessions", 20);
    private static final String USER = System.getProperty("heap.user", "aplead");
    private static final String DUMP = System.getProperty("heap.dump", "");
    private static final long TARGET_KB = 150;
    private static final java.time.Duration IDLE_LIMIT = java.time.Duration.ofSeconds(Long.getLong("heap.idle", 120));

    /** Main views: name → address. */
    private static final Map<String, String> VIEWS = views();

    private static Map<String, String> views() {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put("dashboard", "/");
        all.put("providers", "/providers");
        all.put("visits", "/visits");
        all.put("audits", "/audits");
        all.put("placements", "/placements");
        String only = System.getProperty("heap.views", "");
        if (!only.isBlank()) {
            all.keySet().retainAll(List.of(only.split(",")));
        }
        return all;
    }

    @Test
    void retained_heap_per_signed_in_user_on_each_main_view() throws IOException {
        List<String> csv = new ArrayList<>(List.of(
                "view,sessions,baseline KB,with sessions KB,KB per session,target KB,user,open connections,load average"));
        List<String> classes = new ArrayList<>();
        try (ProductionJar app = ProductionJar.start(ProductionJar.Options.DEFAULT.jvmArgs("-Xmx1g"));
                Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = chromium(playwright)) {
            System.out.printf("BENCHMARK production jar served /login after %d ms (pid %d)%n",
                    app.startup().toMillis(), app.pid());
            app.awaitOutput("Demo data created", java.time.Duration.ofMinutes(5));
            // the first use of each view fills caches (classes, query plans, templates) once per app, not per user
            for (String path : VIEWS.values()) {
                List<BrowserContext> warm = open(browser, app.baseUrl(), path, 2);
                warm.forEach(HeapPerUserBenchmark::signOutAndClose);
            }
            for (Map.Entry<String, String> view : VIEWS.entrySet()) {
                awaitParked(app.baseUrl(), 0);
                Histogram before = Histogram.smallestOf(app.pid(), 3);
                dump(app.pid(), view.getKey() + "-baseline");
                List<BrowserContext> sessions = open(browser, app.baseUrl(), view.getValue(), SESSIONS);
                int connections = awaitParked(app.baseUrl(), SESSIONS);
                Histogram with = Histogram.smallestOf(app.pid(), 3);
                dump(app.pid(), view.getKey() + "-" + SESSIONS + "-sessions");
                long perSession = (with.bytes() - before.bytes()) / SESSIONS / 1024;
                String load = ColdStartBenchmark.loadAverage();
                System.out.printf(Locale.ROOT,
                        "BENCHMARK | %-10s | %2d sessions | baseline %,8d KB | with %,8d KB | %5d KB per session"
                                + " | target %d KB | %d connections open | load %s%n",
                        view.getKey(), SESSIONS, before.bytes() / 1024, with.bytes() / 1024, perSession, TARGET_KB,
                        connections, load);
                csv.add("%s,%d,%d,%d,%d,%d,%s,%d,\"%s\"".formatted(view.getKey(), SESSIONS, before.bytes() / 1024,
                        with.bytes() / 1024, perSession, TARGET_KB, USER, connections, load));
                classes.add("== " + view.getKey() + ": bytes per session by class (top 40)");
                List<String> grown = with.growthSince(before, SESSIONS, 40);
                classes.addAll(grown);
                grown.stream().limit(15).forEach(line -> System.out.println("BENCHMARK   " + line));
                sessions.forEach(HeapPerUserBenchmark::signOutAndClose);
            }
        }
        Path out = Path.of("target", "benchmark", "heap.csv");
        Files.createDirectories(out.getParent());
        Files.write(out, csv);
        Files.write(out.resolveSibling("heap-classes.txt"), classes);
        System.out.println("BENCHMARK written to " + out.toAbsolutePath());
    }

    private static void dump(long pid, String name) {
        if (DUMP.isBlank()) {
            return;
        }
        try {
            Path file = Files.createDirectories(Path.of(DUMP)).toAbsolutePath().resolve(name + ".hprof");
            Files.deleteIfExists(file);
            Histogram.jcmd(Histogram.jcmdPath(), pid, "GC.heap_dump " + file);
            System.out.println("BENCHMARK heap dump written to " + file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Browser chromium(Playwright playwright) {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(chromium))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    /** {@code count} browsers of their own, each signed in and resting on {@code path}. */
    private static List<BrowserContext> open(Browser browser, String baseUrl, String path, int count) {
        List<BrowserContext> contexts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                    .setLocale("en-GB").setTimezoneId("Europe/London"));
            context.setDefaultTimeout(60_000);
            Page page = context.newPage();
            // an anonymous user is sent to sign in and comes back to the view, in the same page (one UI)
            page.navigate(baseUrl + path);
            page.getByLabel("Username").fill(USER);
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                    .fill(ProductionJar.DEMO_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            page.locator(".sign-out").waitFor();
            page.waitForURL(url -> url.equals(baseUrl + path) || url.equals(baseUrl + path + "/")
                    || url.startsWith(baseUrl + path + "?"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForTimeout(300);
            contexts.add(context);
        }
        return contexts;
    }

    /**
     * Signs the session out before closing its browser, so that the next view's baseline does not
     * hold it: a closed browser's session would stay on the server until Vaadin notices its missing
     * heartbeats (15 minutes) or the session times out, and would be freed in the middle of a later
     * measurement.
     */
    private static void signOutAndClose(BrowserContext context) {
        Page page = context.pages().getFirst();
        page.locator(".sign-out").click();
        page.waitForURL(url -> url.contains("/login"));
        context.close();
    }

    /**
     * Waits until the app has no more established TCP connections than {@code sessions} (each parked
     * page keeps its push connection; the keep-alive connections close on the server's timeout), or
     * {@link #IDLE_LIMIT} has passed; returns the number open at the end.
     */
    private static int awaitParked(String baseUrl, int sessions) {
        int port = java.net.URI.create(baseUrl).getPort();
        long deadline = System.nanoTime() + IDLE_LIMIT.toNanos();
        int open = establishedConnections(port);
        while (open > sessions && System.nanoTime() < deadline) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            open = establishedConnections(port);
        }
        return open;
    }

    /** Established connections whose local port is the app's, from {@code ss -Htn} (server side only). */
    private static int establishedConnections(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-Htn", "state", "established", "( sport = :" + port + " )")
                    .redirectErrorStream(true).start();
            String output = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ss.waitFor();
            return (int) output.lines().filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Live objects by class after a full GC, from {@code jcmd <pid> GC.class_histogram}. */
    record Histogram(long bytes, Map<String, Long> byClass) {

        static Histogram smallestOf(long pid, int times) {
            Histogram smallest = null;
            for (int i = 0; i < times; i++) {
                Histogram next = of(pid);
                if (smallest == null || next.bytes() < smallest.bytes()) {
                    smallest = next;
                }
            }
            return smallest;
        }

        static Histogram of(long pid) {
            String jcmd = jcmdPath();
            try {
                // objects waiting for finalization (zip file systems opened while serving pages) count as
                // live until their finalizer has run: run it between two collections before counting
                jcmd(jcmd, pid, "GC.run");
                jcmd(jcmd, pid, "GC.run_finalization");
                String output = jcmd(jcmd, pid, "GC.class_histogram");
                Map<String, Long> byClass = new HashMap<>();
                long total = -1;
                for (String line : output.split("\n")) {
                    String[] parts = line.trim().split("\\s+");
                    if (parts.length >= 3 && parts[0].equals("Total")) {
                        total = Long.parseLong(parts[2]);
                    } else if (parts.length >= 4 && parts[0].endsWith(":")) {
                        byClass.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
                    }
                }
                if (total < 0) {
                    throw new IllegalStateException("No total in jcmd's histogram: " + output);
                }
                return new Histogram(total, byClass);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static String jcmdPath() {
            return Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd").toString();
        }

        static String jcmd(String jcmd, long pid, String command) throws IOException, InterruptedException {
            List<String> args = new ArrayList<>(List.of(jcmd, Long.toString(pid)));
            args.addAll(List.of(command.split(" ")));
            Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        }

        /** The classes that grew most since {@code before}, in bytes per session. */
        List<String> growthSince(Histogram before, int sessions, int top) {
            return byClass.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - before.byClass().getOrDefault(e.getKey(), 0L)))
                    .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue()).reversed())
                    .limit(top)
                    .map(e -> String.format(Locale.ROOT, "%8d  %s", e.getValue() / sessions, e.getKey()))
                    .toList();
        }
    }
}
