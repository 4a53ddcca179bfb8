-- Pupils and their placements (DESIGN.md "Placement"): school-owned, visible only inside the
-- pupil's school and to trust leads. Constraints here back the service's validation.

CREATE TABLE pupil (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    school_id         BIGINT       NOT NULL,
    first_name        VARCHAR(100) NOT NULL,
    last_name         VARCHAR(100) NOT NULL,
    upn               CHAR(13)     NOT NULL,
    date_of_birth     DATE         NOT NULL,
    year_group        INT          NOT NULL,
    sen               VARCHAR(20)  NOT NULL,
    looked_after      BOOLEAN      NOT NULL DEFAULT FALSE,
    social_worker     VARCHAR(200) NULL,
    free_school_meals BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_pupil_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uq_pupil_upn UNIQUE (school_id, upn),
    CONSTRAINT ck_pupil_upn CHECK (upn REGEXP '^[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$'),
    CONSTRAINT ck_pupil_year_group CHECK (year_group BETWEEN 0 AND 14),
    CONSTRAINT ck_pupil_sen CHECK (sen IN ('NONE', 'SEN_SUPPORT', 'EHCP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE placement (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    school_id         BIGINT        NOT NULL,
    pupil_id          BIGINT        NOT NULL,
    type              VARCHAR(30)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    starts_on         DATE          NOT NULL,
    ends_on           DATE          NULL,
    aims              VARCHAR(4000) NOT NULL,
    planned_outcomes  VARCHAR(4000) NOT NULL,
    cost_per_session  DECIMAL(8, 2) NULL,
    dual_registration BOOLEAN       NOT NULL DEFAULT FALSE,
    la_informed_on    DATE          NULL,
    notice_sent_on    DATE          NULL,
    destination       VARCHAR(500)  NULL,
    created_by        VARCHAR(200)  NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_placement_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_placement_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
    CONSTRAINT ck_placement_dates CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT ck_placement_cost CHECK (cost_per_session IS NULL OR cost_per_session >= 0),
    CONSTRAINT ck_placement_status CHECK (status IN ('PROPOSED', 'ACTIVE', 'ENDED', 'REINTEGRATED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_placement_school_status ON placement (school_id, status, starts_on);

-- The weekly timetable: one row a session (a day's morning or afternoon) at one provider's site.
-- A pupil is in one place a session: the key refuses two providers in the same session.
CREATE TABLE placement_session (
    placement_id BIGINT     NOT NULL,
    day_of_week  VARCHAR(9) NOT NULL,
    session      VARCHAR(2) NOT NULL,
    provider_id  BIGINT     NOT NULL,
    site_id      BIGINT     NOT NULL,
    starts_at    TIME       NOT NULL,
    ends_at      TIME       NOT NULL,
    PRIMARY KEY (placement_id, day_of_week, session),
    CONSTRAINT fk_session_placement FOREIGN KEY (placement_id) REFERENCES placement (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_session_site FOREIGN KEY (site_id) REFERENCES provider_site (id),
    CONSTRAINT ck_session_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_session_session CHECK (session IN ('AM', 'PM'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_session_provider ON placement_session (provider_id);

-- 001 §7.11: each item of the commissioning agreement, with who confirmed it and when.
CREATE TABLE placement_agreement (
    placement_id BIGINT       NOT NULL,
    item         VARCHAR(40)  NOT NULL,
    confirmed_by VARCHAR(200) NOT NULL,
    confirmed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (placement_id, item),
    CONSTRAINT fk_agreement_placement FOREIGN KEY (placement_id) REFERENCES placement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE placement_status_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    placement_id BIGINT        NOT NULL,
    from_status  VARCHAR(20)   NULL,
    to_status    VARCHAR(20)   NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    changed_by   VARCHAR(200)  NOT NULL,
    changed_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_status_change_placement FOREIGN KEY (placement_id) REFERENCES placement (id) ON DELETE CASCADE,
    CONSTRAINT ck_status_change_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
