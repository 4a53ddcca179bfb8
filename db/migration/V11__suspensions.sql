-- Suspensions of a school's pupils (000 §10: provision from the sixth school day of a suspension
-- of more than five school days, consecutive suspensions counted together). Pupil data: visible
-- only inside the pupil's school and to trust leads. The last day and the runs are computed on the
-- school calendar, never stored.

CREATE TABLE suspension (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    school_id   BIGINT       NOT NULL,
    pupil_id    BIGINT       NOT NULL,
    first_day   DATE         NOT NULL,
    school_days INT          NOT NULL,
    reason      VARCHAR(40)  NOT NULL,
    recorded_by VARCHAR(200) NOT NULL,
    recorded_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_suspension_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_suspension_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
    -- no more than 45 school days of suspension in a school year (DfE)
    CONSTRAINT ck_suspension_days CHECK (school_days BETWEEN 1 AND 45),
    CONSTRAINT ck_suspension_reason CHECK (reason IN ('PHYSICAL_ASSAULT_PUPIL', 'PHYSICAL_ASSAULT_ADULT',
        'VERBAL_ABUSE_PUPIL', 'VERBAL_ABUSE_ADULT', 'WEAPON', 'BULLYING', 'RACIST_ABUSE',
        'SEXUAL_ORIENTATION_GENDER_ABUSE', 'DISABILITY_ABUSE', 'ONLINE', 'DAMAGE', 'THEFT',
        'PERSISTENT_DISRUPTION', 'SEXUAL_MISCONDUCT', 'DRUGS_ALCOHOL', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_suspension_school_day ON suspension (school_id, first_day);
CREATE INDEX ix_suspension_pupil ON suspension (pupil_id, first_day);
