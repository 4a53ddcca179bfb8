package uk.apassure.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals secrets the application must read back (an authenticator secret) before they are stored, so
 * that a copy of the database or a backup does not give them away (ASVS 5.0 §11.2, §13.3): AES-256-GCM
 * with a fresh 96-bit nonce per value and the row the value belongs to as associated data, so a sealed
 * value copied to another row does not open.
 *
 * <p>The key is never in the database: {@code apassure.secrets.key} (Base64 of 32 bytes, e.g. from the
 * environment variable {@code APASSURE_SECRETS_KEY}) or, when that is empty, a key file
 * ({@code apassure.secrets.key-file}, next to the embedded database's folder by default) that is made
 * on first start, readable by its owner only.
 */
@Component
public class SecretSealing {

    private static final Logger LOG = LoggerFactory.getLogger(SecretSealing.class);
    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretSealing(@Value("${apassure.secrets.key:}") String configuredKey,
            @Value("${apassure.secrets.key-file:${apassure.embedded-db.folder:data/mariadb}/../secret.key}") String keyFile) {
        this.key = new SecretKeySpec(configuredKey.isBlank() ? keyFromFile(Path.of(keyFile).normalize())
                : decode(configuredKey, "apassure.secrets.key"), "AES");
    }

    /** Whether {@code stored} was sealed here (values stored before sealing was added are plain). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** {@code plain} sealed for the row named by {@code context} (e.g. "totp:42"). */
    public String seal(String plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing a secret failed", e);
        }
    }

    /** Opens a value sealed for {@code context}; refused when the key, the row or the value differs. */
    public String open(String stored, String context) {
        if (!isSealed(stored)) {
            throw new Unreadable("not a sealed value");
        }
        try {
            byte[] raw = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (raw.length <= NONCE_BYTES) {
                throw new Unreadable("too short");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(raw, NONCE_BYTES), context);
            return new String(cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new Unreadable(e.getClass().getSimpleName());
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] keyFromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.writeString(Files.createFile(file), Base64.getEncoder().encodeToString(fresh) + "\n");
                    restrictToOwner(file);
                    LOG.info("Made a new key for stored secrets in {}: keep it with (not inside) the database's backups",
                            file.toAbsolutePath());
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // another process made it first: use theirs
                }
            }
            return decode(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The key for stored secrets cannot be read or made: " + file.toAbsolutePath(), e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("Could not make {} readable by its owner only: protect it yourself", file.toAbsolutePath());
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not Base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(where + " must hold 32 bytes (Base64), it holds " + key.length);
        }
        return key;
    }

    /** A stored value that does not open: another key, another row, or not sealed. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String why) {
            super("A stored secret cannot be opened (" + why + ")");
        }
    }
}
