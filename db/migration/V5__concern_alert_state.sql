-- Concern alerts (docs/visits.md): concern_mail is the outbox of the e-mails a safeguarding concern
-- sends to each DSL of the school. It now keeps each recipient's state, shown on the concern to its
-- author and the DSLs: queued, sent, or failed with the reason; attempts, the last try, and when the
-- next try is due (retries back off). A DSL without an e-mail address gets a row too (failed: no
-- address), so the page never claims an alert that could not be sent.

ALTER TABLE concern_mail
    MODIFY recipient          VARCHAR(254) NULL,
    ADD COLUMN recipient_user_id BIGINT       NULL AFTER concern_id,
    ADD COLUMN recipient_name    VARCHAR(200) NOT NULL DEFAULT '' AFTER recipient_user_id,
    ADD COLUMN status            VARCHAR(10)  NOT NULL DEFAULT 'QUEUED' AFTER recipient,
    ADD COLUMN queued_at         DATETIME(6)  NULL AFTER status,
    ADD COLUMN last_attempt_at   DATETIME(6)  NULL AFTER attempts,
    -- when the sender may next try; NULL once sent or given up. A sender claims a row by moving it
    -- forward (a lease), under SELECT ... FOR UPDATE SKIP LOCKED, so two nodes never send one alert.
    ADD COLUMN next_attempt_at   DATETIME(6)  NULL AFTER last_attempt_at;

-- rows written before this migration: name the recipient, and carry over what is known
UPDATE concern_mail m JOIN safeguarding_concern c ON c.id = m.concern_id JOIN visit v ON v.id = c.visit_id
    JOIN app_user u ON u.email = m.recipient AND u.school_id = v.school_id
    SET m.recipient_user_id = u.id, m.recipient_name = u.display_name;
UPDATE concern_mail SET recipient_name = recipient WHERE recipient_name = '';
UPDATE concern_mail m JOIN safeguarding_concern c ON c.id = m.concern_id SET m.queued_at = c.raised_at;
UPDATE concern_mail SET status = 'SENT' WHERE sent_at IS NOT NULL;
UPDATE concern_mail SET status = 'FAILED' WHERE sent_at IS NULL AND attempts > 0;
UPDATE concern_mail SET last_error = 'not sent' WHERE status = 'FAILED' AND last_error IS NULL;
UPDATE concern_mail SET next_attempt_at = queued_at WHERE status <> 'SENT';

ALTER TABLE concern_mail
    MODIFY queued_at DATETIME(6) NOT NULL,
    ADD CONSTRAINT fk_concern_mail_user FOREIGN KEY (recipient_user_id) REFERENCES app_user (id),
    ADD CONSTRAINT uq_concern_mail_user UNIQUE (concern_id, recipient_user_id),
    ADD CONSTRAINT ck_concern_mail_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    -- sent means a time it was sent; failed always says why; only a row with an address is ever sent
    ADD CONSTRAINT ck_concern_mail_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    ADD CONSTRAINT ck_concern_mail_failed CHECK (status <> 'FAILED' OR CHAR_LENGTH(TRIM(last_error)) > 0),
    ADD CONSTRAINT ck_concern_mail_address CHECK (recipient IS NOT NULL OR status = 'FAILED'),
    ADD CONSTRAINT ck_concern_mail_done CHECK (status <> 'SENT' OR next_attempt_at IS NULL);

DROP INDEX ix_concern_mail_unsent ON concern_mail;
CREATE INDEX ix_concern_mail_due ON concern_mail (next_attempt_at);
