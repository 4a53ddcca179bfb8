package uk.apassure.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.apassure.base.db.EmbeddedMariaDb;
import uk.apassure.base.db.EmbeddedMariaDbProperties;

/**
 * V5 on a database that already holds concern alerts (a school that ran the earlier version): each
 * row gets its recipient's name and a state that says what happened to it, and unsent rows are due.
 */
class ConcernAlertMigrationTest {

    @Test
    void alerts_written_before_v5_keep_what_happened_to_them() {
        Path folder = Path.of("target", "test-mariadb", "concern-alert-migration");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(folder, 0, "apassure", true))) {
            DriverManagerDataSource source = new DriverManagerDataSource(db.jdbcUrl(), "root", "");
            // everything before V5, whatever the versions before it are
            MigrationVersion v5 = MigrationVersion.fromVersion("5");
            MigrationVersion before = java.util.Arrays.stream(Flyway.configure().dataSource(source)
                            .locations("classpath:db/migration").load().info().all())
                    .map(MigrationInfo::getVersion).filter(version -> version.compareTo(v5) < 0)
                    .max(MigrationVersion::compareTo).orElseThrow();
            Flyway.configure().dataSource(source).locations("classpath:db/migration").target(before).load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(source);
            jdbc.update("INSERT INTO trust (id, name) VALUES (1, 'T')");
            jdbc.update("INSERT INTO school (id, trust_id, name) VALUES (1, 1, 'S')");
            jdbc.update("INSERT INTO app_user (id, username, display_name, email, password_hash, trust_id, school_id)"
                    + " VALUES (1, 'v', 'Visitor', NULL, 'x', 1, 1), (2, 'd', 'Dee Esel', 'dsl@s.example.org', 'x', 1, 1)");
            jdbc.update("INSERT INTO provider (id, trust_id, name, type, status, registration, created_at, updated_at)"
                    + " VALUES (1, 1, 'P', 'FE_COLLEGE', 'APPROVED', 'NOT_REGISTERED', NOW(6), NOW(6))");
            jdbc.update("INSERT INTO visit (id, trust_id, school_id, provider_id, status, notes, recorded_by_id,"
                    + " recorded_by_name, created_at, updated_at) VALUES (1, 1, 1, 1, 'DRAFT', '', 1, 'Visitor', NOW(6),"
                    + " NOW(6)), (2, 1, 1, 1, 'DRAFT', '', 1, 'Visitor', NOW(6), NOW(6)), (3, 1, 1, 1, 'DRAFT', '', 1,"
                    + " 'Visitor', NOW(6), NOW(6))");
            for (int visit = 1; visit <= 3; visit++) {
                jdbc.update("INSERT INTO safeguarding_concern (id, visit_id, description, raised_at, raised_by_id,"
                        + " raised_by_name) VALUES (?, ?, 'C', '2026-11-02 10:00:00', 1, 'Visitor')", visit, visit);
            }
            jdbc.update("INSERT INTO concern_mail (concern_id, recipient, sent_at, attempts, last_error) VALUES"
                    + " (1, 'dsl@s.example.org', '2026-11-02 10:00:01', 1, NULL),"
                    + " (2, 'dsl@s.example.org', NULL, 3, 'Mail server connection failed'),"
                    + " (3, 'gone@s.example.org', NULL, 0, NULL)");

            Flyway.configure().dataSource(source).locations("classpath:db/migration").target("5").load().migrate();

            List<Map<String, Object>> rows = jdbc.queryForList("SELECT concern_id, recipient_name, recipient_user_id,"
                    + " status, attempts, next_attempt_at, queued_at FROM concern_mail ORDER BY concern_id");
            assertThat(rows).extracting(row -> row.get("status")).containsExactly("SENT", "FAILED", "QUEUED");
            assertThat(rows).extracting(row -> row.get("recipient_name"))
                    .containsExactly("Dee Esel", "Dee Esel", "gone@s.example.org");
            assertThat(rows.get(0).get("next_attempt_at")).isNull();
            assertThat(rows.get(1).get("next_attempt_at")).isNotNull();
            assertThat(rows.get(2).get("next_attempt_at")).isNotNull();
            assertThat(rows).allSatisfy(row -> assertThat(row.get("queued_at")).isNotNull());
        }
    }
}
