-- Reminders (docs/reminders.md): a weekly digest to each owner of what is due soon or overdue, and a
-- daily e-mail to each school's AP leads of what became overdue or needs review since the last one.

-- ShedLock's lock (its documented MySQL/MariaDB table): one digest run at a time across nodes.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);

-- One row per digest run (kind and the date of its scheduled time): a run missing or unfinished
-- after downtime is run on start-up. as_of is the day the run finished; the next daily e-mail
-- reports what changed after it.
CREATE TABLE reminder_run (
    kind        VARCHAR(10) NOT NULL,
    period      DATE        NOT NULL,
    started_at  DATETIME(6) NOT NULL,
    finished_at DATETIME(6) NULL,
    as_of       DATE        NULL,
    PRIMARY KEY (kind, period),
    CONSTRAINT ck_reminder_run_kind CHECK (kind IN ('WEEKLY', 'DAILY')),
    CONSTRAINT ck_reminder_run_done CHECK ((finished_at IS NULL) = (as_of IS NULL))
);

-- The outbox of reminder e-mails, and at the same time the record that a digest was made: the
-- unique key (kind, period, recipient) lets one digest per recipient and period exist, whichever
-- node or run writes it, so a lock that expired mid-run or a restart never sends one twice.
CREATE TABLE reminder_mail (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(10)  NOT NULL,
    period            DATE         NOT NULL,
    recipient_user_id BIGINT       NOT NULL,
    trust_id          BIGINT       NOT NULL,
    school_id         BIGINT       NULL,
    recipient_name    VARCHAR(200) NOT NULL,
    recipient         VARCHAR(254) NULL,
    subject           VARCHAR(300) NOT NULL,
    body              MEDIUMTEXT   NOT NULL,
    item_count        INT          NOT NULL,
    status            VARCHAR(10)  NOT NULL DEFAULT 'QUEUED',
    queued_at         DATETIME(6)  NOT NULL,
    sent_at           DATETIME(6)  NULL,
    attempts          INT          NOT NULL DEFAULT 0,
    last_attempt_at   DATETIME(6)  NULL,
    -- when a sender may next try; NULL once sent or given up. A sender claims a row by moving it
    -- forward (a lease) under SELECT ... FOR UPDATE SKIP LOCKED, so two nodes never send one mail.
    next_attempt_at   DATETIME(6)  NULL,
    last_error        VARCHAR(500) NULL,
    CONSTRAINT uq_reminder_mail UNIQUE (kind, period, recipient_user_id),
    CONSTRAINT fk_reminder_mail_user FOREIGN KEY (recipient_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_reminder_mail_trust FOREIGN KEY (trust_id) REFERENCES trust (id),
    CONSTRAINT fk_reminder_mail_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_reminder_mail_kind CHECK (kind IN ('WEEKLY', 'DAILY')),
    CONSTRAINT ck_reminder_mail_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    -- sent means a time it was sent; failed always says why; only a row with an address is sent
    CONSTRAINT ck_reminder_mail_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CONSTRAINT ck_reminder_mail_failed CHECK (status <> 'FAILED' OR CHAR_LENGTH(TRIM(last_error)) > 0),
    CONSTRAINT ck_reminder_mail_address CHECK (recipient IS NOT NULL OR status = 'FAILED'),
    CONSTRAINT ck_reminder_mail_done CHECK (status <> 'SENT' OR next_attempt_at IS NULL),
    CONSTRAINT ck_reminder_mail_items CHECK (item_count > 0)
);

CREATE INDEX ix_reminder_mail_due ON reminder_mail (next_attempt_at);
CREATE INDEX ix_reminder_mail_school ON reminder_mail (school_id, queued_at);
CREATE INDEX ix_reminder_mail_trust ON reminder_mail (trust_id, queued_at);
