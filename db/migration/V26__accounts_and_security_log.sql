-- Issue 13: accounts managed in the app, and a security log admins can read (docs/security.md).

-- Sign-ins, failures, refused access and account changes, in UTC. Kept apart from the records they
-- describe (no foreign keys): an event outlives a deleted user, and logging never blocks a change.
CREATE TABLE security_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    -- who did it (the signed-in user), or the name typed at a failed sign-in
    username    VARCHAR(100)  NULL,
    user_id     BIGINT        NULL,
    -- whose log it is: the actor's trust; NULL for a sign-in under a name that does not exist
    trust_id    BIGINT        NULL,
    address     VARCHAR(64)   NULL,
    detail      VARCHAR(1000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_security_event_trust ON security_event (trust_id, occurred_at);
CREATE INDEX ix_security_event_time ON security_event (occurred_at);

-- An administrator's reset sets a one-time password the user must replace at their next sign-in.
ALTER TABLE app_user
    ADD COLUMN password_changed_at  DATETIME(6) NULL,
    ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE;
