package uk.apassure.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

/**
 * The production jar built by {@code package} ({@code target/ap-assure-*.jar}), started for a
 * benchmark as a separate process: the JVM of the running test, a free port, the demo profile
 * (demo users, password {@link #DEMO_PASSWORD}) and its own embedded MariaDB in a data folder of
 * its own. Failsafe runs the benchmarks after {@code package}, so the jar is there.
 *
 * <pre>{@code
 * try (ProductionJar app = ProductionJar.start(ProductionJar.Options.DEFAULT.jvmArgs("-Xmx512m"))) {
 *     System.out.println(app.baseUrl() + " served /login after " + app.startup().toMillis() + " ms");
 * }
 * }</pre>
 *
 * <p>{@link #close()} stops the app with SIGTERM (so it stops its MariaDB), waits for it, and
 * deletes the temporary data folder. Give {@link Options#dataFolder(Path)} to keep the data
 * between two starts (a restart with kept data); the caller then deletes that folder. The app's
 * output goes to {@link #log()} in {@code target/benchmark/}.
 */
public final class ProductionJar implements AutoCloseable {

    public static final String DEMO_PASSWORD = "apassure-demo";

    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    /** Long enough for a training run's JVM to write its AOT cache on the way out. */
    private static final Duration STOP_LIMIT = Duration.ofMinutes(5);

    /**
     * How to start the jar.
     *
     * @param jvmArgs extra JVM options, e.g. {@code -Xmx512m}, {@code -XX:+UseSerialGC}
     * @param env extra environment variables
     * @param dataFolder a folder kept after {@link #close()} (null: a fresh temporary one, deleted)
     * @param appArgs extra Spring arguments, e.g. {@code --spring.profiles.active=demo,large}
     * @param jar another jar to start (null: the newest {@code target/ap-assure-*.jar}), e.g. the
     *     extracted one of {@link #aotCache}
     */
    public record Options(List<String> jvmArgs, Map<String, String> env, @Nullable Path dataFolder,
            List<String> appArgs, @Nullable Path jar) {

        public static final Options DEFAULT = new Options(List.of(), Map.of(), null, List.of(), null);

        public Options jvmArgs(String... more) {
            return new Options(plus(jvmArgs, more), env, dataFolder, appArgs, jar);
        }

        public Options env(String name, String value) {
            Map<String, String> all = new HashMap<>(env);
            all.put(name, value);
            return new Options(jvmArgs, Map.copyOf(all), dataFolder, appArgs, jar);
        }

        public Options dataFolder(Path folder) {
            return new Options(jvmArgs, env, folder, appArgs, jar);
        }

        public Options appArgs(String... more) {
            return new Options(jvmArgs, env, dataFolder, plus(appArgs, more), jar);
        }

        public Options jar(Path another) {
            return new Options(jvmArgs, env, dataFolder, appArgs, another);
        }

        private static List<String> plus(List<String> list, String... more) {
            List<String> all = new ArrayList<>(list);
            all.addAll(List.of(more));
            return List.copyOf(all);
        }
    }

    private final Process process;
    private final String baseUrl;
    private final Path workFolder;
    private final boolean deleteWorkFolder;
    private final Duration startup;
    private final Path log;
    private final long started;

    private ProductionJar(Process process, String baseUrl, Path workFolder, boolean deleteWorkFolder,
            long started, Duration startup, Path log) {
        this.log = log;
        this.started = started;
        this.process = process;
        this.baseUrl = baseUrl;
        this.workFolder = workFolder;
        this.deleteWorkFolder = deleteWorkFolder;
        this.startup = startup;
    }

    /** Starts the jar and returns once {@code /login} answers 200 (or throws, with the app stopped). */
    public static ProductionJar start(Options options) {
        Path jar = options.jar() != null ? options.jar() : jar();
        boolean temporary = options.dataFolder() == null;
        Path folder;
        try {
            folder = temporary ? Files.createTempDirectory("ap-assure-bench") : options.dataFolder().toAbsolutePath();
            Files.createDirectories(folder);
            Files.createDirectories(Path.of("target", "benchmark"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(options.jvmArgs());
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.profiles.active=demo",
                "--apassure.embedded-db.folder=" + folder.resolve("mariadb")));
        command.addAll(options.appArgs());
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(options.env());
        Path log = Path.of("target", "benchmark", "jar-" + LocalTime.now().truncatedTo(ChronoUnit.SECONDS)
                .toString().replace(":", "") + "-" + port + ".log");
        builder.redirectOutput(log.toFile());
        String baseUrl = "http://127.0.0.1:" + port;
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            waitForLogin(process, baseUrl, log);
        } catch (RuntimeException e) {
            stop(process);
            if (temporary) {
                deleteRecursively(folder);
            }
            throw e;
        }
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        return new ProductionJar(process, baseUrl, folder, temporary, started, startup, log);
    }

    /**
     * A JDK AOT cache (JEP 483/514/515) for the jar, as the README describes: the jar extracted with
     * Spring Boot's {@code -Djarmode=tools} into {@code folder} (the cache needs plain jars on the
     * class path, not nested ones), then one training run with {@code -XX:AOTCacheOutput} on a copy
     * of {@code trainingData} (a data folder the app has started on once) that serves {@code /login}
     * and stops. Returns the options that start the extracted jar with {@code -XX:AOTCache}.
     */
    public static Options aotCache(Options options, Path folder, Path trainingData) {
        String java = ProcessHandle.current().info().command().orElse("java");
        deleteRecursively(folder);
        run(List.of(java, "-Djarmode=tools", "-jar", jar().toAbsolutePath().toString(), "extract", "--destination",
                folder.toAbsolutePath().toString()));
        Path extracted;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "ap-assure-*.jar")) {
            extracted = jars.iterator().next().toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path cache = folder.resolve("app.aot").toAbsolutePath();
        Path training = folder.resolve("training-data");
        try {
            FileSystemUtils.copyRecursively(trainingData, training);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ProductionJar app = start(options.jar(extracted).dataFolder(training)
                .jvmArgs("-XX:AOTCacheOutput=" + cache))) {
            System.out.println("BENCHMARK AOT training run served /login after " + app.startup().toMillis() + " ms");
        }
        if (!Files.exists(cache)) {
            throw new IllegalStateException("The training run wrote no " + cache);
        }
        deleteRecursively(training);
        return options.jar(extracted).jvmArgs("-XX:AOTCache=" + cache);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("Failed (" + process.exitValue() + "): " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The process id of the app's JVM (for {@code jcmd}). */
    public long pid() {
        return process.pid();
    }

    /** E.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** From starting the process to the first HTTP 200 of {@code /login}. */
    public Duration startup() {
        return startup;
    }

    /** The app's output (standard output and error). */
    public Path log() {
        return log;
    }

    /**
     * Waits until the app's output contains {@code text}, e.g. {@code "Demo data created"}: the demo
     * data is made after the login page is served, so the demo users can sign in only then (on a
     * first start; a restart with kept data has them at once). Returns the time from starting the
     * process to seeing it.
     */
    public Duration awaitOutput(String text, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Files.readString(log).contains(text)) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The jar stopped; see " + log);
            }
            sleep(200);
        }
        throw new IllegalStateException("No '" + text + "' in " + log + " within " + limit);
    }

    /** Stops the app (SIGTERM, then waits) and deletes its temporary data folder. */
    @Override
    public void close() {
        stop(process);
        if (deleteWorkFolder) {
            deleteRecursively(workFolder);
        }
    }

    /** The newest {@code target/ap-assure-*.jar} (not the {@code .original} one). */
    static Path jar() {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "ap-assure-*.jar")) {
            List<Path> found = new ArrayList<>();
            jars.forEach(found::add);
            return found.stream()
                    .max(Comparator.comparing(ProductionJar::modified))
                    .orElseThrow(() -> new IllegalStateException("No target/ap-assure-*.jar: run ./mvnw package first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitForLogin(Process process, String baseUrl, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create(baseUrl + "/login")).timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The jar stopped with exit code " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new IllegalStateException("The jar did not serve /login within " + START_LIMIT + "; see " + log);
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy(); // SIGTERM: Spring closes its context, which stops the embedded MariaDB
        try {
            if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            // a MariaDB left behind by a forced stop would keep its port and folder
            for (ProcessHandle child : children) {
                if (child.isAlive()) {
                    child.destroyForcibly();
                    child.onExit().get(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("The jar's processes did not stop", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it (the temporary data folder; a kept one by the caller). */
    public static void deleteRecursively(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
