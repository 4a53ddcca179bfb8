package uk.apassure.base.db;

import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded MariaDB on a thread of its own as soon as the settings are read, so the
 * server unpacks and starts while Spring, Hibernate and Vaadin set themselves up on the main thread
 * (issue 14: cold start). {@link EmbeddedMariaDbConfiguration} then takes this server instead of
 * starting one. Added by {@code Application.main}; without it (tests) the server starts in the
 * configuration as before. Nothing starts when an external database is configured.
 */
public final class EmbeddedMariaDbEarlyStart implements SmartApplicationListener {

    /** The server being started, registered in the context for {@link EmbeddedMariaDbConfiguration}. */
    record Starting(CompletableFuture<EmbeddedMariaDb> server) {}

    private @Nullable Starting starting;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                || ApplicationPreparedEvent.class.isAssignableFrom(type)
                || ApplicationFailedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        switch (event) {
            case ApplicationEnvironmentPreparedEvent prepared -> start(prepared.getEnvironment());
            case ApplicationPreparedEvent prepared when starting != null ->
                    prepared.getApplicationContext().getBeanFactory().registerSingleton("embeddedMariaDbStarting",
                            starting);
            case ApplicationFailedEvent failed when starting != null ->
                    starting.server().thenAccept(EmbeddedMariaDb::close);
            default -> { }
        }
    }

    private void start(Environment environment) {
        if (!environment.getProperty("spring.datasource.url", "").isEmpty()) {
            return;
        }
        EmbeddedMariaDbProperties properties = Binder.get(environment)
                .bindOrCreate("apassure.embedded-db", EmbeddedMariaDbProperties.class);
        CompletableFuture<EmbeddedMariaDb> server = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                server.complete(EmbeddedMariaDb.start(properties));
            } catch (RuntimeException | Error e) {
                server.completeExceptionally(e);
            }
        }, "embedded MariaDB start");
        thread.setDaemon(true);
        thread.start();
        starting = new Starting(server);
    }
}
