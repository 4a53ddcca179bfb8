-- School calendars: every "school day", "half-term" and "session" in the product is computed from
-- these tables by calendar.CalendarService, never by counting weekdays.

-- England and Wales bank holidays (gov.uk). Later years are added by an administrator.
CREATE TABLE bank_holiday (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO bank_holiday (holiday_date, name) VALUES
    ('2025-01-01', 'New Year''s Day'),
    ('2025-04-18', 'Good Friday'),
    ('2025-04-21', 'Easter Monday'),
    ('2025-05-05', 'Early May bank holiday'),
    ('2025-05-26', 'Spring bank holiday'),
    ('2025-08-25', 'Summer bank holiday'),
    ('2025-12-25', 'Christmas Day'),
    ('2025-12-26', 'Boxing Day'),
    ('2026-01-01', 'New Year''s Day'),
    ('2026-04-03', 'Good Friday'),
    ('2026-04-06', 'Easter Monday'),
    ('2026-05-04', 'Early May bank holiday'),
    ('2026-05-25', 'Spring bank holiday'),
    ('2026-08-31', 'Summer bank holiday'),
    ('2026-12-25', 'Christmas Day'),
    ('2026-12-28', 'Boxing Day (substitute day)'),
    ('2027-01-01', 'New Year''s Day'),
    ('2027-03-26', 'Good Friday'),
    ('2027-03-29', 'Easter Monday'),
    ('2027-05-03', 'Early May bank holiday'),
    ('2027-05-31', 'Spring bank holiday'),
    ('2027-08-30', 'Summer bank holiday'),
    ('2027-12-27', 'Christmas Day (substitute day)'),
    ('2027-12-28', 'Boxing Day (substitute day)'),
    ('2028-01-03', 'New Year''s Day (substitute day)'),
    ('2028-04-14', 'Good Friday'),
    ('2028-04-17', 'Easter Monday'),
    ('2028-05-01', 'Early May bank holiday'),
    ('2028-05-29', 'Spring bank holiday'),
    ('2028-08-28', 'Summer bank holiday'),
    ('2028-12-25', 'Christmas Day'),
    ('2028-12-26', 'Boxing Day'),
    ('2029-01-01', 'New Year''s Day'),
    ('2029-03-30', 'Good Friday'),
    ('2029-04-02', 'Easter Monday'),
    ('2029-05-07', 'Early May bank holiday'),
    ('2029-05-28', 'Spring bank holiday'),
    ('2029-08-27', 'Summer bank holiday'),
    ('2029-12-25', 'Christmas Day'),
    ('2029-12-26', 'Boxing Day'),
    ('2030-01-01', 'New Year''s Day'),
    ('2030-04-19', 'Good Friday'),
    ('2030-04-22', 'Easter Monday'),
    ('2030-05-06', 'Early May bank holiday'),
    ('2030-05-27', 'Spring bank holiday'),
    ('2030-08-26', 'Summer bank holiday'),
    ('2030-12-25', 'Christmas Day'),
    ('2030-12-26', 'Boxing Day');

-- One academic year (1 September to 31 August) of one school: its six half-terms (the teaching
-- blocks between holidays) and the days it is closed inside them (INSET, other closures).
CREATE TABLE school_year (
    id         BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT   NOT NULL DEFAULT 0,
    school_id  BIGINT   NOT NULL,
    start_year INT      NOT NULL,
    CONSTRAINT fk_school_year_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uq_school_year UNIQUE (school_id, start_year),
    CONSTRAINT ck_school_year_range CHECK (start_year BETWEEN 2000 AND 2100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE school_half_term (
    year_id   BIGINT      NOT NULL,
    position  INT         NOT NULL,
    name      VARCHAR(40) NOT NULL,
    starts_on DATE        NOT NULL,
    ends_on   DATE        NOT NULL,
    PRIMARY KEY (year_id, position),
    CONSTRAINT fk_half_term_year FOREIGN KEY (year_id) REFERENCES school_year (id) ON DELETE CASCADE,
    CONSTRAINT ck_half_term_position CHECK (position BETWEEN 1 AND 6),
    CONSTRAINT ck_half_term_dates CHECK (ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE school_closure (
    year_id   BIGINT       NOT NULL,
    closed_on DATE         NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    reason    VARCHAR(200) NOT NULL DEFAULT '',
    PRIMARY KEY (year_id, closed_on),
    CONSTRAINT fk_closure_year FOREIGN KEY (year_id) REFERENCES school_year (id) ON DELETE CASCADE,
    CONSTRAINT ck_closure_kind CHECK (kind IN ('INSET', 'CLOSURE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
