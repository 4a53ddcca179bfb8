-- Placement reviews (DESIGN.md "Placement review"; 001 §8.3, 003, 000 §8.4, §14.7): pupil data,
-- scoped by the placement's school. Constraints here back the service's validation.

CREATE TABLE placement_review (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    placement_id       BIGINT        NOT NULL,
    school_id          BIGINT        NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    held_on            DATE          NULL,
    kind               VARCHAR(30)   NULL,
    attendee_names     VARCHAR(1000) NOT NULL DEFAULT '',
    attendance_percent DECIMAL(4, 1) NULL,
    attendance_reason  VARCHAR(1000) NOT NULL DEFAULT '',
    behaviour          TEXT          NOT NULL,
    welfare            TEXT          NOT NULL,
    pupil_views        TEXT          NOT NULL,
    parent_views       TEXT          NOT NULL,
    improved           BOOLEAN       NULL,
    decision           VARCHAR(20)   NULL,
    decision_note      TEXT          NOT NULL,
    next_review_on     DATE          NULL,
    drafted_by_id      BIGINT        NOT NULL,
    drafted_by_name    VARCHAR(200)  NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    signed_by_id       BIGINT        NULL,
    signed_by_name     VARCHAR(200)  NULL,
    signed_at          TIMESTAMP(6)  NULL,
    CONSTRAINT fk_review_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_review_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_review_drafted_by FOREIGN KEY (drafted_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_review_signed_by FOREIGN KEY (signed_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_review_status CHECK (status IN ('DRAFT', 'SIGNED')),
    CONSTRAINT ck_review_kind CHECK (kind IS NULL
        OR kind IN ('HALF_TERMLY', 'TERMLY_AGREEMENT', 'FORMAL', 'EARLY_AFTER_CONCERN')),
    CONSTRAINT ck_review_decision CHECK (decision IS NULL OR decision IN ('CONTINUE', 'CHANGE', 'REINTEGRATE', 'END')),
    CONSTRAINT ck_review_texts CHECK (CHAR_LENGTH(behaviour) <= 4000 AND CHAR_LENGTH(welfare) <= 4000
        AND CHAR_LENGTH(pupil_views) <= 4000 AND CHAR_LENGTH(parent_views) <= 4000
        AND CHAR_LENGTH(decision_note) <= 4000),
    CONSTRAINT ck_review_attendance CHECK (attendance_percent IS NULL OR attendance_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_review_next CHECK (next_review_on IS NULL OR held_on IS NULL OR next_review_on > held_on),
    -- a signed review has what sign-off requires
    CONSTRAINT ck_review_signed CHECK (status = 'DRAFT' OR (held_on IS NOT NULL AND kind IS NOT NULL
        AND decision IS NOT NULL AND attendance_percent IS NOT NULL AND signed_by_id IS NOT NULL
        AND signed_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_placement ON placement_review (placement_id, status, held_on);
CREATE INDEX ix_review_school_status ON placement_review (school_id, status);

CREATE TABLE placement_review_attendee (
    review_id BIGINT      NOT NULL,
    attendee  VARCHAR(20) NOT NULL,
    PRIMARY KEY (review_id, attendee),
    CONSTRAINT fk_review_attendee FOREIGN KEY (review_id) REFERENCES placement_review (id) ON DELETE CASCADE,
    CONSTRAINT ck_review_attendee CHECK (attendee IN ('SCHOOL', 'PROVIDER', 'PUPIL', 'PARENTS', 'SOCIAL_WORKER', 'LA'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Progress against each planned outcome, the outcome's words kept as they were at the review.
CREATE TABLE placement_review_outcome (
    review_id BIGINT        NOT NULL,
    position  INT           NOT NULL,
    outcome   VARCHAR(1000) NOT NULL,
    progress  VARCHAR(10)   NULL,
    note      TEXT          NOT NULL,
    PRIMARY KEY (review_id, position),
    CONSTRAINT fk_review_outcome FOREIGN KEY (review_id) REFERENCES placement_review (id) ON DELETE CASCADE,
    CONSTRAINT ck_review_note CHECK (CHAR_LENGTH(note) <= 4000),
    CONSTRAINT ck_review_progress CHECK (progress IS NULL OR progress IN ('ACHIEVED', 'ON_TRACK', 'SOME', 'NONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE placement_review_amendment (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id        BIGINT        NOT NULL,
    field            VARCHAR(1100) NOT NULL,
    before_value     TEXT          NOT NULL,
    after_value      TEXT          NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    amended_by_id    BIGINT        NOT NULL,
    amended_by_name  VARCHAR(200)  NOT NULL,
    amended_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_review_amendment FOREIGN KEY (review_id) REFERENCES placement_review (id),
    CONSTRAINT fk_review_amendment_user FOREIGN KEY (amended_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_review_amendment_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_amendment ON placement_review_amendment (review_id, amended_at);
