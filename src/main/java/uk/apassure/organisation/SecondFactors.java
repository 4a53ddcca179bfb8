package uk.apassure.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.security.SecondFactorStore;
import uk.apassure.security.SecretSealing;

/**
 * Keeps each account's authenticator secret, its last accepted step and its recovery codes (V27). The
 * secret is stored sealed ({@link SecretSealing}, V41): a copy of the database does not give it away.
 */
@Component
@Transactional
class SecondFactors implements SecondFactorStore {

    private static final Logger LOG = LoggerFactory.getLogger(SecondFactors.class);

    private final JdbcTemplate jdbc;
    private final SecretSealing sealing;

    SecondFactors(JdbcTemplate jdbc, SecretSealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Enrolment> enrolment(long userId) {
        return jdbc.query("SELECT totp_secret, totp_enrolled_at FROM app_user WHERE id = ? AND totp_secret IS NOT NULL",
                (rs, row) -> new Enrolment(opened(userId, rs.getString(1)), utc(rs.getTimestamp(2))), userId).stream()
                .findFirst();
    }

    /** The secret, or null when it does not open (another key): the enrolment stays, so no code passes. */
    private String opened(long userId, String stored) {
        if (!SecretSealing.isSealed(stored)) {
            return stored;
        }
        try {
            return sealing.open(stored, context(userId));
        } catch (SecretSealing.Unreadable e) {
            LOG.error("The authenticator secret of account {} does not open with this key: only its recovery codes"
                    + " work until an administrator resets its two-step sign-in", userId);
            return null;
        }
    }

    /** Seals the secrets stored before V41, once, at start-up. */
    @EventListener(ApplicationReadyEvent.class)
    public void sealPlainSecrets() {
        List<Object[]> plain = jdbc.query("SELECT id, totp_secret FROM app_user WHERE totp_secret IS NOT NULL"
                + " AND totp_secret NOT LIKE 'v1:%'", (rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)});
        for (Object[] row : plain) {
            long userId = (Long) row[0];
            jdbc.update("UPDATE app_user SET totp_secret = ? WHERE id = ? AND totp_secret = ?",
                    sealing.seal((String) row[1], context(userId)), userId, row[1]);
        }
        if (!plain.isEmpty()) {
            LOG.info("Sealed {} authenticator secrets stored in plain text", plain.size());
        }
    }

    private static String context(long userId) {
        return "totp:" + userId;
    }

    @Override
    public boolean acceptStep(long userId, long step) {
        return jdbc.update("UPDATE app_user SET totp_last_step = ? WHERE id = ? AND totp_secret IS NOT NULL"
                + " AND (totp_last_step IS NULL OR totp_last_step < ?)", step, userId, step) == 1;
    }

    @Override
    public void enrol(long userId, String secret, long step, List<String> recoveryCodeHashes, Instant at) {
        jdbc.update("UPDATE app_user SET totp_secret = ?, totp_enrolled_at = ?, totp_last_step = ? WHERE id = ?",
                sealing.seal(secret, context(userId)), timestamp(at), step, userId);
        jdbc.update("DELETE FROM totp_recovery_code WHERE user_id = ?", userId);
        jdbc.batchUpdate("INSERT INTO totp_recovery_code (user_id, code_hash) VALUES (?, ?)",
                recoveryCodeHashes.stream().map(hash -> new Object[] {userId, hash}).toList());
    }

    @Override
    public boolean useRecoveryCode(long userId, String codeHash, Instant at) {
        return jdbc.update("UPDATE totp_recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
                timestamp(at), userId, codeHash) == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public int unusedRecoveryCodes(long userId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM totp_recovery_code WHERE user_id = ? AND used_at IS NULL",
                Integer.class, userId);
        return count == null ? 0 : count;
    }

    @Override
    public void remove(long userId) {
        jdbc.update("UPDATE app_user SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL WHERE id = ?",
                userId);
        jdbc.update("DELETE FROM totp_recovery_code WHERE user_id = ?", userId);
    }

    private static Timestamp timestamp(Instant at) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static Instant utc(Timestamp at) {
        return at.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
