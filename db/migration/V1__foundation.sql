-- Foundation schema: trusts, schools, users and roles, and the provider register.
-- Flyway owns the schema; Hibernate only validates it. Constraints here back the form validation.

CREATE TABLE trust (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT uq_trust_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE school (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    trust_id    BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    urn         CHAR(6)      NULL,
    town        VARCHAR(100) NULL,
    CONSTRAINT fk_school_trust FOREIGN KEY (trust_id) REFERENCES trust (id),
    CONSTRAINT uq_school_trust_name UNIQUE (trust_id, name),
    CONSTRAINT ck_school_urn CHECK (urn IS NULL OR urn REGEXP '^[0-9]{6}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254) NULL,
    password_hash VARCHAR(255) NOT NULL,
    trust_id      BIGINT       NOT NULL,
    -- NULL for trust-level users (trust leads, trust administrators)
    school_id     BIGINT       NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_trust FOREIGN KEY (trust_id) REFERENCES trust (id),
    CONSTRAINT fk_app_user_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_app_user_role CHECK (role IN ('AP_LEAD', 'VISITOR', 'DSL', 'SLT', 'HEADTEACHER', 'ATTENDANCE',
                                                'SENCO', 'GOVERNOR', 'TRUST_LEAD', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    trust_id         BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    type             VARCHAR(40)   NOT NULL,
    status           VARCHAR(30)   NOT NULL,
    urn              CHAR(6)       NULL,
    registration     VARCHAR(30)   NOT NULL,
    ofsted_judgement VARCHAR(30)   NULL,
    ofsted_date      DATE          NULL,
    la_approved      BOOLEAN       NOT NULL DEFAULT FALSE,
    website          VARCHAR(300)  NULL,
    offer            VARCHAR(2000) NULL,
    key_stages       VARCHAR(100)  NULL,
    capacity         INT           NULL,
    cost_per_session DECIMAL(8, 2) NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_provider_trust FOREIGN KEY (trust_id) REFERENCES trust (id),
    CONSTRAINT uq_provider_trust_urn UNIQUE (trust_id, urn),
    CONSTRAINT ck_provider_name CHECK (CHAR_LENGTH(TRIM(name)) > 0),
    CONSTRAINT ck_provider_urn CHECK (urn IS NULL OR urn REGEXP '^[0-9]{6}$'),
    CONSTRAINT ck_provider_type CHECK (type IN ('REGISTERED_INDEPENDENT_SCHOOL', 'PRU_OR_AP_ACADEMY', 'FE_COLLEGE',
                                                'UNREGISTERED_PROVIDER', 'ONLINE_PROVIDER', 'MAINSTREAM_SCHOOL')),
    CONSTRAINT ck_provider_status CHECK (status IN ('PROSPECTIVE', 'APPROVED', 'APPROVED_WITH_CONDITIONS', 'SUSPENDED',
                                                    'DO_NOT_USE', 'ARCHIVED')),
    CONSTRAINT ck_provider_registration CHECK (registration IN ('REGISTERED', 'NOT_REGISTERED')),
    CONSTRAINT ck_provider_ofsted CHECK (ofsted_judgement IS NULL OR ofsted_judgement IN
                                         ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE', 'NOT_INSPECTED')),
    CONSTRAINT ck_provider_capacity CHECK (capacity IS NULL OR capacity >= 0),
    CONSTRAINT ck_provider_cost CHECK (cost_per_session IS NULL OR cost_per_session >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_provider_trust_name ON provider (trust_id, name);
CREATE INDEX ix_provider_trust_status ON provider (trust_id, status, name);
CREATE INDEX ix_provider_trust_type ON provider (trust_id, type, name);

CREATE TABLE provider_site (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    provider_id   BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    address_line1 VARCHAR(200) NOT NULL,
    address_line2 VARCHAR(200) NULL,
    town          VARCHAR(100) NOT NULL,
    postcode      VARCHAR(8)   NOT NULL,
    -- a provider has at most one main site: unique over (provider_id) for main sites only
    main_site_of  BIGINT AS (IF(kind = 'MAIN', provider_id, NULL)) PERSISTENT,
    CONSTRAINT fk_provider_site_provider FOREIGN KEY (provider_id) REFERENCES provider (id) ON DELETE CASCADE,
    CONSTRAINT uq_provider_site_main UNIQUE (main_site_of),
    CONSTRAINT ck_provider_site_kind CHECK (kind IN ('MAIN', 'SATELLITE', 'SUBCONTRACTED')),
    CONSTRAINT ck_provider_site_address CHECK (CHAR_LENGTH(TRIM(address_line1)) > 0 AND CHAR_LENGTH(TRIM(town)) > 0),
    -- stored normalised: upper case, one space before the inward code
    CONSTRAINT ck_provider_site_postcode CHECK (postcode REGEXP '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_provider_site_town ON provider_site (town);

CREATE TABLE provider_contact (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    provider_id        BIGINT       NOT NULL,
    name               VARCHAR(200) NOT NULL,
    job_title          VARCHAR(200) NULL,
    email              VARCHAR(254) NULL,
    phone              VARCHAR(30)  NULL,
    -- the person pupils report to on arrival
    pupils_report_to   BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_provider_contact_provider FOREIGN KEY (provider_id) REFERENCES provider (id) ON DELETE CASCADE,
    CONSTRAINT ck_provider_contact_reachable CHECK (email IS NOT NULL OR phone IS NOT NULL),
    CONSTRAINT ck_provider_contact_email CHECK (email IS NULL OR email LIKE '_%@_%._%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_status_change (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    provider_id     BIGINT        NOT NULL,
    from_status     VARCHAR(30)   NULL,
    to_status       VARCHAR(30)   NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    changed_by_id   BIGINT        NOT NULL,
    changed_by_name VARCHAR(200)  NOT NULL,
    changed_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_provider_status_change_provider FOREIGN KEY (provider_id) REFERENCES provider (id) ON DELETE CASCADE,
    CONSTRAINT fk_provider_status_change_user FOREIGN KEY (changed_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_provider_status_change_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_provider_status_change_provider ON provider_status_change (provider_id, changed_at);
