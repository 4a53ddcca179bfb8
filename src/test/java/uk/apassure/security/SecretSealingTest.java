package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets sealed for a row open only for that row and with the same key; the key file is made once, owner-only. */
class SecretSealingTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private final SecretSealing sealing = new SecretSealing(KEY, "unused");

    @Test
    void a_sealed_value_opens_for_its_row_and_hides_the_secret() {
        String sealed = sealing.seal("JBSWY3DPEHPK3PXPJBSWY3DP", "totp:7");
        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DP");
        assertThat(SecretSealing.isSealed(sealed)).isTrue();
        assertThat(SecretSealing.isSealed("JBSWY3DPEHPK3PXP")).isFalse();
        assertThat(SecretSealing.isSealed(null)).isFalse();
        assertThat(sealing.open(sealed, "totp:7")).isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DP");
        assertThat(sealing.seal("JBSWY3DPEHPK3PXPJBSWY3DP", "totp:7")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void another_row_another_key_or_a_changed_value_does_not_open() {
        String sealed = sealing.seal("JBSWY3DPEHPK3PXP", "totp:7");
        assertThatThrownBy(() -> sealing.open(sealed, "totp:8")).isInstanceOf(SecretSealing.Unreadable.class);
        assertThatThrownBy(() -> new SecretSealing(OTHER_KEY, "unused").open(sealed, "totp:7"))
                .isInstanceOf(SecretSealing.Unreadable.class);
        char last = sealed.charAt(sealed.length() - 3);
        String changed = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
        assertThatThrownBy(() -> sealing.open(changed, "totp:7")).isInstanceOf(SecretSealing.Unreadable.class);
        assertThatThrownBy(() -> sealing.open("v1:AAAA", "totp:7")).isInstanceOf(SecretSealing.Unreadable.class);
        assertThatThrownBy(() -> sealing.open("v1:not base64!", "totp:7")).isInstanceOf(SecretSealing.Unreadable.class);
        assertThatThrownBy(() -> sealing.open("JBSWY3DPEHPK3PXP", "totp:7")).isInstanceOf(SecretSealing.Unreadable.class);
    }

    @Test
    void without_a_configured_key_a_key_file_is_made_once_for_its_owner_only(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("data/mariadb/../secret.key");
        String sealed = new SecretSealing("", file.toString()).seal("JBSWY3DPEHPK3PXP", "totp:1");
        Path made = folder.resolve("data/secret.key");
        assertThat(made).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(made).strip())).hasSize(32);
        assertThat(new SecretSealing("", made.toString()).open(sealed, "totp:1")).as("the same key on the next start")
                .isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void a_configured_key_of_the_wrong_size_or_not_base64_stops_the_start() {
        assertThatThrownBy(() -> new SecretSealing(Base64.getEncoder().encodeToString(new byte[16]), "unused"))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretSealing("not base64 ***", "unused")).hasMessageContaining("not Base64");
    }
}
