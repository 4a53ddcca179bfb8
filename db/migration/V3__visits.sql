-- Visit logs (issue 4; DESIGN.md "Visit log"): QA visits to providers, their follow-up actions,
-- safeguarding concerns with the e-mails to the school's DSLs, and the trail of amendments.
-- Placed pupils seen are not recorded yet: placements do not exist (docs/visits.md).

CREATE TABLE visit (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    trust_id              BIGINT        NOT NULL,
    school_id             BIGINT        NOT NULL,
    provider_id           BIGINT        NOT NULL,
    site_id               BIGINT        NULL,
    status                VARCHAR(20)   NOT NULL,
    visited_at            DATETIME      NULL,
    type                  VARCHAR(30)   NULL,
    visitors              VARCHAR(500)  NOT NULL DEFAULT '',
    spoke_to_staff        BOOLEAN       NOT NULL DEFAULT FALSE,
    spoke_to_pupils       BOOLEAN       NOT NULL DEFAULT FALSE,
    spoke_to_parents      BOOLEAN       NOT NULL DEFAULT FALSE,
    pupil_work            VARCHAR(4000) NOT NULL DEFAULT '',
    observed_lessons      BOOLEAN       NOT NULL DEFAULT FALSE,
    observed_unstructured BOOLEAN       NOT NULL DEFAULT FALSE,
    activities            VARCHAR(4000) NOT NULL DEFAULT '',
    judgement_safeguarding VARCHAR(10)  NULL,
    judgement_teaching    VARCHAR(10)   NULL,
    judgement_behaviour   VARCHAR(10)   NULL,
    judgement_attendance  VARCHAR(10)   NULL,
    judgement_site_safety VARCHAR(10)   NULL,
    notes                 TEXT          NOT NULL,
    recorded_by_id        BIGINT        NOT NULL,
    recorded_by_name      VARCHAR(200)  NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    submitted_at          DATETIME(6)   NULL,
    CONSTRAINT fk_visit_trust FOREIGN KEY (trust_id) REFERENCES trust (id),
    CONSTRAINT fk_visit_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_visit_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_visit_site FOREIGN KEY (site_id) REFERENCES provider_site (id) ON DELETE SET NULL,
    CONSTRAINT fk_visit_recorded_by FOREIGN KEY (recorded_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_visit_status CHECK (status IN ('DRAFT', 'SUBMITTED')),
    CONSTRAINT ck_visit_type CHECK (type IS NULL OR type IN ('PRE_PLACEMENT', 'QA_MONITORING', 'UNANNOUNCED',
                                                             'PHONE_OR_ONLINE', 'HOME_VISIT')),
    CONSTRAINT ck_visit_judgements CHECK (
        (judgement_safeguarding IS NULL OR judgement_safeguarding IN ('GOOD', 'ADEQUATE', 'CONCERN')) AND
        (judgement_teaching IS NULL OR judgement_teaching IN ('GOOD', 'ADEQUATE', 'CONCERN')) AND
        (judgement_behaviour IS NULL OR judgement_behaviour IN ('GOOD', 'ADEQUATE', 'CONCERN')) AND
        (judgement_attendance IS NULL OR judgement_attendance IN ('GOOD', 'ADEQUATE', 'CONCERN')) AND
        (judgement_site_safety IS NULL OR judgement_site_safety IN ('GOOD', 'ADEQUATE', 'CONCERN'))),
    -- a submitted visit is complete: the submission rules of VisitService, kept by the database too
    CONSTRAINT ck_visit_submitted_complete CHECK (status = 'DRAFT' OR (
        submitted_at IS NOT NULL AND visited_at IS NOT NULL AND type IS NOT NULL
        AND CHAR_LENGTH(TRIM(visitors)) > 0 AND judgement_safeguarding IS NOT NULL
        AND judgement_teaching IS NOT NULL AND judgement_behaviour IS NOT NULL
        AND judgement_attendance IS NOT NULL AND judgement_site_safety IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_visit_school_date ON visit (school_id, visited_at);
CREATE INDEX ix_visit_trust_date ON visit (trust_id, visited_at);
CREATE INDEX ix_visit_provider ON visit (provider_id, status, visited_at);

CREATE TABLE visit_action (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    visit_id    BIGINT        NOT NULL,
    description VARCHAR(1000) NOT NULL,
    owner       VARCHAR(200)  NOT NULL,
    due_on      DATE          NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    CONSTRAINT fk_visit_action_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE,
    CONSTRAINT ck_visit_action_text CHECK (CHAR_LENGTH(TRIM(description)) > 0 AND CHAR_LENGTH(TRIM(owner)) > 0),
    CONSTRAINT ck_visit_action_status CHECK (status IN ('OPEN', 'DONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE safeguarding_concern (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    visit_id        BIGINT        NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    raised_at       DATETIME(6)   NOT NULL,
    raised_by_id    BIGINT        NOT NULL,
    raised_by_name  VARCHAR(200)  NOT NULL,
    outcome         VARCHAR(4000) NULL,
    closed_at       DATETIME(6)   NULL,
    closed_by_name  VARCHAR(200)  NULL,
    CONSTRAINT fk_concern_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_concern_raised_by FOREIGN KEY (raised_by_id) REFERENCES app_user (id),
    CONSTRAINT uq_concern_visit UNIQUE (visit_id),
    CONSTRAINT ck_concern_description CHECK (CHAR_LENGTH(TRIM(description)) > 0),
    -- closed only with an outcome, by someone, at a time
    CONSTRAINT ck_concern_closed CHECK ((closed_at IS NULL AND closed_by_name IS NULL)
        OR (closed_at IS NOT NULL AND closed_by_name IS NOT NULL AND CHAR_LENGTH(TRIM(outcome)) > 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- one e-mail per DSL per concern: an outbox, so a failed send is retried and never loses the visit
CREATE TABLE concern_mail (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    concern_id   BIGINT        NOT NULL,
    recipient    VARCHAR(254)  NOT NULL,
    sent_at      DATETIME(6)   NULL,
    attempts     INT           NOT NULL DEFAULT 0,
    last_error   VARCHAR(500)  NULL,
    CONSTRAINT fk_concern_mail_concern FOREIGN KEY (concern_id) REFERENCES safeguarding_concern (id),
    CONSTRAINT uq_concern_mail UNIQUE (concern_id, recipient)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_concern_mail_unsent ON concern_mail (sent_at, attempts);

CREATE TABLE visit_amendment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    visit_id        BIGINT        NOT NULL,
    field           VARCHAR(100)  NOT NULL,
    before_value    TEXT          NOT NULL,
    after_value     TEXT          NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    amended_by_id   BIGINT        NOT NULL,
    amended_by_name VARCHAR(200)  NOT NULL,
    amended_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_visit_amendment_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_visit_amendment_user FOREIGN KEY (amended_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_visit_amendment_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_visit_amendment_visit ON visit_amendment (visit_id, amended_at);
