package uk.apassure.benchmark;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The app the load runs against: the production jar started by {@link ProductionJar} (demo
 * profile, a fresh data folder, a free port), or an app that already runs when
 * {@code -Dload.url=http://localhost:8191/} is given.
 */
final class AppUnderLoad implements AutoCloseable {

    final URI base;
    private final @Nullable ProductionJar jar;

    private AppUnderLoad(URI base, @Nullable ProductionJar jar) {
        this.base = base;
        this.jar = jar;
    }

    static AppUnderLoad start() {
        String given = System.getProperty("load.url");
        if (given != null && !given.isBlank()) {
            return new AppUnderLoad(URI.create(given.endsWith("/") ? given : given + "/"), null);
        }
        ProductionJar jar = ProductionJar.start(ProductionJar.Options.DEFAULT);
        System.out.printf("BENCHMARK load: app on %s, /login served after %.1f s (log %s)%n", jar.baseUrl(),
                jar.startup().toMillis() / 1000.0, jar.log());
        // the demo data is created after the app starts serving
        jar.awaitOutput("Demo data created", Duration.ofMinutes(5));
        return new AppUnderLoad(URI.create(jar.baseUrl() + "/"), jar);
    }

    @Override
    public void close() {
        if (jar != null) {
            jar.close();
        }
    }
}
