-- Issue 13: the authenticator secret is stored sealed (AES-256-GCM, "v1:" + Base64 of nonce, secret
-- and tag; security.SecretSealing), with the key outside the database. Secrets stored before this
-- are sealed at the next start (organisation.SecondFactors.sealPlainSecrets).
ALTER TABLE app_user
    MODIFY COLUMN totp_secret VARCHAR(255) NULL;
