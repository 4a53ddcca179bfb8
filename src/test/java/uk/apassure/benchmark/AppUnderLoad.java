package uk.apassure.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The production jar (target/ap-assure-*.jar, from {@code ./mvnw package}) started on a free port
 * with the demo profile and a fresh data folder, or an app that already runs when
 * {@code -Dload.url=http://localhost:8191/} is given.
 */
final class AppUnderLoad implements AutoCloseable {

    final URI base;
    private final Process process;

    private AppUnderLoad(URI base, Process process) {
        this.base = base;
        this.process = process;
    }

    static AppUnderLoad start() throws IOException, InterruptedException {
        String given = System.getProperty("load.url");
        if (given != null && !given.isBlank()) {
            return new AppUnderLoad(URI.create(given.endsWith("/") ? given : given + "/"), null);
        }
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(file -> file.getFileName().toString().matches("ap-assure-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/ap-assure-*.jar: run ./mvnw package first"));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path folder = Files.createTempDirectory("ap-assure-load");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toAbsolutePath().toString()))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("app.log").toFile());
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("SPRING_PROFILES_ACTIVE", "demo");
        Process process = builder.start();
        URI base = URI.create("http://localhost:" + port + "/");
        long start = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped; see " + folder.resolve("app.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("login")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - start > Duration.ofMinutes(5).toNanos()) {
                process.destroy();
                throw new IllegalStateException("No /login within 5 minutes; see " + folder.resolve("app.log"));
            }
            Thread.sleep(500);
        }
        System.out.printf("BENCHMARK load: app on %s, /login served after %.1f s (log %s)%n", base,
                (System.nanoTime() - start) / 1e9, folder.resolve("app.log"));
        return new AppUnderLoad(base, process);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }
}
