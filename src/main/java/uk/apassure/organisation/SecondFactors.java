package uk.apassure.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.security.SecondFactorStore;

/** Keeps each account's authenticator secret, its last accepted step and its recovery codes (V27). */
@Component
@Transactional
class SecondFactors implements SecondFactorStore {

    private final JdbcTemplate jdbc;

    SecondFactors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Enrolment> enrolment(long userId) {
        return jdbc.query("SELECT totp_secret, totp_enrolled_at FROM app_user WHERE id = ? AND totp_secret IS NOT NULL",
                (rs, row) -> new Enrolment(rs.getString(1), utc(rs.getTimestamp(2))), userId).stream().findFirst();
    }

    @Override
    public boolean acceptStep(long userId, long step) {
        return jdbc.update("UPDATE app_user SET totp_last_step = ? WHERE id = ? AND totp_secret IS NOT NULL"
                + " AND (totp_last_step IS NULL OR totp_last_step < ?)", step, userId, step) == 1;
    }

    @Override
    public void enrol(long userId, String secret, long step, List<String> recoveryCodeHashes, Instant at) {
        jdbc.update("UPDATE app_user SET totp_secret = ?, totp_enrolled_at = ?, totp_last_step = ? WHERE id = ?",
                secret, timestamp(at), step, userId);
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
