-- Pupils' individual risk assessments (001 §4.3; issue 11): pupil data, scoped by the placement's
-- school. Each approved version is kept; a placement has at most one draft and one current
-- (approved) version. The renewal columns (last_reviewed_on, review_due_on, review_needed_reason)
-- sit on the current version so that a renewals grid can filter and sort them in SQL.

CREATE TABLE pupil_risk_assessment (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    placement_id         BIGINT        NOT NULL,
    school_id            BIGINT        NOT NULL,
    version_no           INT           NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    drafted_by_id        BIGINT        NOT NULL,
    drafted_by_name      VARCHAR(200)  NOT NULL,
    updated_at           TIMESTAMP(6)  NOT NULL,
    approved_by_id       BIGINT        NULL,
    approved_by_name     VARCHAR(200)  NULL,
    approved_on          DATE          NULL,
    approved_at          TIMESTAMP(6)  NULL,
    last_reviewed_on     DATE          NULL,
    review_due_on        DATE          NULL,
    review_needed_reason VARCHAR(1000) NULL,
    draft_of             BIGINT AS (IF(status = 'DRAFT', placement_id, NULL)) PERSISTENT,
    current_of           BIGINT AS (IF(status = 'APPROVED', placement_id, NULL)) PERSISTENT,
    CONSTRAINT fk_pupil_risk_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_pupil_risk_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_pupil_risk_drafted_by FOREIGN KEY (drafted_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_pupil_risk_approved_by FOREIGN KEY (approved_by_id) REFERENCES app_user (id),
    CONSTRAINT uq_pupil_risk_number UNIQUE (placement_id, version_no),
    CONSTRAINT uq_pupil_risk_draft UNIQUE (draft_of),
    CONSTRAINT uq_pupil_risk_current UNIQUE (current_of),
    CONSTRAINT ck_pupil_risk_status CHECK (status IN ('DRAFT', 'APPROVED', 'SUPERSEDED')),
    CONSTRAINT ck_pupil_risk_number CHECK (version_no >= 1),
    -- an approved (or once approved) version says who approved it and when, and when it was last reviewed
    CONSTRAINT ck_pupil_risk_approved CHECK (status = 'DRAFT' OR (approved_by_id IS NOT NULL
        AND approved_by_name IS NOT NULL AND approved_on IS NOT NULL AND approved_at IS NOT NULL
        AND last_reviewed_on IS NOT NULL AND last_reviewed_on >= approved_on))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_pupil_risk_school_status ON pupil_risk_assessment (school_id, status, review_due_on);

-- One risk of the pupil in one area, with the controls agreed with the provider and by whom.
CREATE TABLE pupil_risk_item (
    assessment_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    area          VARCHAR(30)   NOT NULL,
    risk          VARCHAR(2000) NOT NULL,
    controls      TEXT          NOT NULL,
    agreed_with   VARCHAR(200)  NOT NULL,
    residual      VARCHAR(10)   NULL,
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_pupil_risk_item FOREIGN KEY (assessment_id) REFERENCES pupil_risk_assessment (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_pupil_risk_area CHECK (area IN ('MEDICAL', 'BEHAVIOURAL', 'TRAVEL', 'ONLINE',
        'CONTEXTUAL_SAFEGUARDING', 'OTHER')),
    CONSTRAINT ck_pupil_risk_residual CHECK (residual IS NULL OR residual IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT ck_pupil_risk_controls CHECK (CHAR_LENGTH(controls) <= 4000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every time the current version was reviewed: confirmed unchanged, replaced by a new version, or
-- marked as needing review; who, when and why.
CREATE TABLE pupil_risk_review (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    placement_id   BIGINT        NOT NULL,
    assessment_id  BIGINT        NOT NULL,
    outcome        VARCHAR(20)   NOT NULL,
    reviewed_on    DATE          NOT NULL,
    note           VARCHAR(1000) NOT NULL,
    by_id          BIGINT        NOT NULL,
    by_name        VARCHAR(200)  NOT NULL,
    recorded_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_pupil_risk_review_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_pupil_risk_review_assessment FOREIGN KEY (assessment_id) REFERENCES pupil_risk_assessment (id),
    CONSTRAINT fk_pupil_risk_review_by FOREIGN KEY (by_id) REFERENCES app_user (id),
    CONSTRAINT ck_pupil_risk_review_outcome CHECK (outcome IN ('APPROVED', 'CONFIRMED', 'REVIEW_NEEDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_pupil_risk_review ON pupil_risk_review (placement_id, recorded_at);
