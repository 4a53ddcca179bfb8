-- Issue 13: two-step sign-in with an authenticator app (TOTP, RFC 6238) and recovery codes.
ALTER TABLE app_user
    -- the shared secret, Base32 as authenticator apps take it; NULL until enrolment is confirmed
    ADD COLUMN totp_secret      VARCHAR(64) NULL,
    ADD COLUMN totp_enrolled_at DATETIME(6) NULL,
    -- the 30-second step of the last code accepted: a code is never accepted twice
    ADD COLUMN totp_last_step   BIGINT      NULL;

-- Ten single-use codes for a lost phone, kept as SHA-256 hashes (they are random, 50 bits each).
CREATE TABLE totp_recovery_code (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT      NOT NULL,
    code_hash CHAR(64)    NOT NULL,
    used_at   DATETIME(6) NULL,
    CONSTRAINT fk_totp_recovery_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT uq_totp_recovery UNIQUE (user_id, code_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
