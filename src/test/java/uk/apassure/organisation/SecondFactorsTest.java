package uk.apassure.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.organisation.UserAdminService.NewAccount;
import uk.apassure.security.Role;

/**
 * Authenticator secrets are stored sealed (V41): the column never holds the secret, a sealed value
 * copied to another account does not open there (its codes are refused, its recovery codes still
 * work), and secrets stored in plain text before V41 are sealed at start-up.
 */
class SecondFactorsTest extends IntegrationTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    SecondFactors store;

    @Autowired
    UserAdminService admin;

    @Autowired
    JdbcTemplate jdbc;

    private long freshAccount() {
        String username = "s" + UUID.randomUUID().toString().substring(0, 8);
        as("a.admin", () -> admin.create(new NewAccount(username, "Sealed " + username, null, world.schoolA1,
                Set.of(Role.SENCO))));
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    private String stored(long userId) {
        return jdbc.queryForObject("SELECT totp_secret FROM app_user WHERE id = ?", String.class, userId);
    }

    @Test
    void the_column_holds_the_secret_sealed_and_it_reads_back() {
        long user = freshAccount();
        store.enrol(user, SECRET, 1L, List.of("a".repeat(64)), Instant.parse("2026-11-24T09:00:00Z"));

        assertThat(stored(user)).startsWith("v1:").doesNotContain(SECRET).doesNotContain("JBSWY3DP");
        assertThat(store.enrolment(user)).hasValueSatisfying(enrolment -> assertThat(enrolment.secret()).isEqualTo(SECRET));
    }

    @Test
    void a_sealed_secret_copied_to_another_account_does_not_open_there_but_the_enrolment_stays() {
        long owner = freshAccount();
        long other = freshAccount();
        store.enrol(owner, SECRET, 1L, List.of("b".repeat(64)), Instant.parse("2026-11-24T09:00:00Z"));
        store.enrol(other, "ABCDEFGHIJKLMNOP", 1L, List.of("c".repeat(64)), Instant.parse("2026-11-24T09:00:00Z"));
        jdbc.update("UPDATE app_user SET totp_secret = ? WHERE id = ?", stored(owner), other);

        assertThat(store.enrolment(other)).as("still enrolled: the password alone never signs in")
                .hasValueSatisfying(enrolment -> assertThat(enrolment.secret()).isNull());
        assertThat(store.useRecoveryCode(other, "c".repeat(64), Instant.parse("2026-11-24T09:05:00Z"))).isTrue();
    }

    @Test
    void secrets_stored_in_plain_text_before_sealing_are_sealed_at_start_up() {
        long user = freshAccount();
        store.enrol(user, SECRET, 1L, List.of("d".repeat(64)), Instant.parse("2026-11-24T09:00:00Z"));
        jdbc.update("UPDATE app_user SET totp_secret = ? WHERE id = ?", SECRET, user);
        assertThat(store.enrolment(user)).as("a plain secret still reads while it waits")
                .hasValueSatisfying(enrolment -> assertThat(enrolment.secret()).isEqualTo(SECRET));

        store.sealPlainSecrets();

        assertThat(stored(user)).startsWith("v1:").doesNotContain(SECRET);
        assertThat(store.enrolment(user)).hasValueSatisfying(enrolment -> assertThat(enrolment.secret()).isEqualTo(SECRET));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE totp_secret IS NOT NULL"
                + " AND totp_secret NOT LIKE 'v1:%'", Integer.class)).isZero();
    }
}
