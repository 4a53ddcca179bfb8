-- Data protection (issue 13; docs/data-protection.md): what the retention job did, and when a record was
-- anonymised by it, so that a run never does the same record twice and the report counts only new work.

-- the day a pupil's names, UPN and date of birth were replaced (the retention schedule, placements)
ALTER TABLE pupil ADD COLUMN anonymised_on DATE NULL;

-- the day a safeguarding concern's text was removed (the retention schedule, safeguarding concerns)
ALTER TABLE safeguarding_concern ADD COLUMN anonymised_on DATE NULL;

-- one row per run of the retention schedule: when, the day it judged ages by, and what it did
CREATE TABLE retention_run (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ran_at                   DATETIME(6)   NOT NULL,
    as_of                    DATE          NOT NULL,
    pupils_anonymised        INT           NOT NULL,
    concerns_anonymised      INT           NOT NULL,
    security_events_deleted  INT           NOT NULL,
    reminder_mails_deleted   INT           NOT NULL,
    schedule                 VARCHAR(500)  NOT NULL,
    CONSTRAINT ck_retention_run_counts CHECK (pupils_anonymised >= 0 AND concerns_anonymised >= 0
        AND security_events_deleted >= 0 AND reminder_mails_deleted >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_retention_run_ran_at ON retention_run (ran_at);
