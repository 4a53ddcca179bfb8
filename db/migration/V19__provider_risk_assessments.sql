-- Provider risk assessments (DESIGN.md "Risk assessment"; 001 §7.9): made from the provider's
-- latest signed-off audit, renewed a year after approval or at once after a material change.
-- Every approved version is kept; the current one is marked by current_for_provider (= provider_id,
-- NULL on older versions), so "the provider's current assessment" is a unique-key join. Its renewal
-- state follows from approved_on and review_needed_since (see risk.RiskRenewal).

CREATE TABLE provider_risk_assessment (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    trust_id             BIGINT        NOT NULL,
    provider_id          BIGINT        NOT NULL,
    number               INT           NOT NULL,
    current_for_provider BIGINT        NULL,
    audit_id             BIGINT        NOT NULL,
    summary              VARCHAR(2000) NOT NULL DEFAULT '',
    approved_on          DATE          NOT NULL,
    approved_by_id       BIGINT        NOT NULL,
    approved_by_name     VARCHAR(200)  NOT NULL,
    approved_at          TIMESTAMP(6)  NOT NULL,
    -- the first material change since approval, and every reason so far (one a line)
    review_needed_since  DATE          NULL,
    review_reason        VARCHAR(4000) NULL,
    CONSTRAINT fk_pra_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_pra_current FOREIGN KEY (current_for_provider) REFERENCES provider (id),
    CONSTRAINT fk_pra_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
    CONSTRAINT fk_pra_approved_by FOREIGN KEY (approved_by_id) REFERENCES app_user (id),
    CONSTRAINT uq_pra_number UNIQUE (provider_id, number),
    CONSTRAINT uq_pra_current UNIQUE (current_for_provider),
    CONSTRAINT ck_pra_number CHECK (number > 0),
    CONSTRAINT ck_pra_current CHECK (current_for_provider IS NULL OR current_for_provider = provider_id),
    CONSTRAINT ck_pra_review CHECK ((review_needed_since IS NULL) = (review_reason IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_pra_trust ON provider_risk_assessment (trust_id, current_for_provider);

-- one line of an assessment: a hazard of one activity at one site, who is at risk, the controls
CREATE TABLE provider_risk_hazard (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    site_name     VARCHAR(200)  NOT NULL,
    activity      VARCHAR(200)  NOT NULL,
    hazard        VARCHAR(30)   NOT NULL,
    description   VARCHAR(1000) NOT NULL DEFAULT '',
    who_at_risk   VARCHAR(500)  NOT NULL,
    controls      VARCHAR(2000) NOT NULL,
    residual      VARCHAR(10)   NOT NULL,
    CONSTRAINT fk_prh_assessment FOREIGN KEY (assessment_id) REFERENCES provider_risk_assessment (id),
    CONSTRAINT uq_prh_position UNIQUE (assessment_id, position),
    CONSTRAINT ck_prh_hazard CHECK (hazard IN ('WORKSHOP_MACHINERY', 'ANIMALS', 'VEHICLES', 'WATER', 'ONLINE_CONTACT',
        'LONE_WORKING', 'WORKING_AT_HEIGHT', 'FIRE', 'SITE_SECURITY', 'TRAVEL', 'OTHER')),
    CONSTRAINT ck_prh_residual CHECK (residual IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT ck_prh_texts CHECK (CHAR_LENGTH(TRIM(site_name)) > 0 AND CHAR_LENGTH(TRIM(activity)) > 0
        AND CHAR_LENGTH(TRIM(who_at_risk)) > 0 AND CHAR_LENGTH(TRIM(controls)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a material change since an approval: why the assessment needs review, and when it happened
CREATE TABLE provider_risk_change (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id    BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    changed_on       DATE          NOT NULL,
    recorded_by_name VARCHAR(200)  NOT NULL,
    recorded_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_prc_assessment FOREIGN KEY (assessment_id) REFERENCES provider_risk_assessment (id),
    CONSTRAINT ck_prc_kind CHECK (kind IN ('SITE_ADDED', 'SITE_CLOSED', 'STATUS_CHANGED', 'SAFEGUARDING_CONCERN',
        'KEY_STAFF_CHANGED', 'NEW_ACTIVITY')),
    CONSTRAINT ck_prc_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_prc_assessment ON provider_risk_change (assessment_id, changed_on);
