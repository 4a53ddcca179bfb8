-- Attendance at placements (DESIGN.md "Attendance"; 000 §15, 003): AM/PM marks per placement
-- session and the same-day follow-ups of unknown or absent sessions. Pupil data, scoped by the
-- placement's school. Constraints here back the service's validation.

CREATE TABLE attendance_mark (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    placement_id   BIGINT       NOT NULL,
    school_id      BIGINT       NOT NULL,
    on_date        DATE         NOT NULL,
    session        VARCHAR(2)   NOT NULL,
    mark           VARCHAR(30)  NOT NULL,
    source         VARCHAR(10)  NOT NULL,
    marked_by_id   BIGINT       NOT NULL,
    marked_by_name VARCHAR(200) NOT NULL,
    marked_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_mark_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_mark_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_mark_by FOREIGN KEY (marked_by_id) REFERENCES app_user (id),
    -- one mark per placement session
    CONSTRAINT uq_mark_session UNIQUE (placement_id, on_date, session),
    CONSTRAINT ck_mark_session CHECK (session IN ('AM', 'PM')),
    CONSTRAINT ck_mark_mark CHECK (mark IN ('PRESENT', 'LATE', 'AUTHORISED_ABSENCE', 'UNAUTHORISED_ABSENCE',
        'NOT_EXPECTED')),
    CONSTRAINT ck_mark_source CHECK (source IN ('TAP', 'IMPORT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mark_school_date ON attendance_mark (school_id, on_date);

CREATE TABLE attendance_follow_up (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    placement_id     BIGINT        NOT NULL,
    school_id        BIGINT        NOT NULL,
    on_date          DATE          NOT NULL,
    session          VARCHAR(2)    NOT NULL,
    called           VARCHAR(200)  NOT NULL,
    outcome          VARCHAR(1000) NOT NULL,
    recorded_by_id   BIGINT        NOT NULL,
    recorded_by_name VARCHAR(200)  NOT NULL,
    recorded_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_follow_up_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_follow_up_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_follow_up_by FOREIGN KEY (recorded_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_follow_up_session CHECK (session IN ('AM', 'PM')),
    CONSTRAINT ck_follow_up_texts CHECK (CHAR_LENGTH(TRIM(called)) > 0 AND CHAR_LENGTH(TRIM(outcome)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_follow_up_school_date ON attendance_follow_up (school_id, on_date);
