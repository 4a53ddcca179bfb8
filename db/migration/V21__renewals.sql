-- Renewals (issue 11): everything with an expiry or review date, by state (docs/renewals.md).
-- The rows themselves are read from the records that carry the dates (renewal.RenewalKind); these
-- tables keep what a renewal adds: the new date, who renewed it and when, and the new evidence.
-- A renewal never changes the record it renews (a signed-off audit keeps its answers and files).

-- LA-approved-list membership has an end date the register keeps
ALTER TABLE provider
    ADD COLUMN la_approved_until DATE NULL,
    ADD CONSTRAINT ck_provider_la_until CHECK (la_approved_until IS NULL OR la_approved);

-- the new evidence of a renewal: one file may renew several rows of one provider (bulk renew)
CREATE TABLE renewal_evidence (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trust_id            BIGINT       NOT NULL,
    provider_id         BIGINT       NOT NULL,
    file_name           VARCHAR(255) NOT NULL,
    media_type          VARCHAR(150) NOT NULL,
    size_bytes          BIGINT       NOT NULL,
    uploaded_by_user_id BIGINT       NOT NULL,
    uploaded_by_name    VARCHAR(200) NOT NULL,
    uploaded_at         DATETIME(6)  NOT NULL,
    CONSTRAINT fk_renewal_evidence_trust FOREIGN KEY (trust_id) REFERENCES trust (id),
    CONSTRAINT fk_renewal_evidence_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_renewal_evidence_user FOREIGN KEY (uploaded_by_user_id) REFERENCES app_user (id),
    -- 20 MB per file, as for audit evidence
    CONSTRAINT ck_renewal_evidence_size CHECK (size_bytes > 0 AND size_bytes <= 20971520)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE renewal_evidence_content (
    evidence_id BIGINT   NOT NULL PRIMARY KEY,
    content     LONGBLOB NOT NULL,
    CONSTRAINT fk_renewal_evidence_content FOREIGN KEY (evidence_id) REFERENCES renewal_evidence (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One renewal of one dated thing. It supersedes the date of its subject while the subject still has
-- the date it had when renewed (base_due_on): a register date edited later wins again.
CREATE TABLE renewal (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trust_id           BIGINT       NOT NULL,
    kind               VARCHAR(40)  NOT NULL,
    -- the id of the dated record in the kind's own table (audit_item, provider, ...)
    subject_id         BIGINT       NOT NULL,
    provider_id        BIGINT       NOT NULL,
    base_due_on        DATE         NULL,
    previous_due_on    DATE         NULL,
    new_due_on         DATE         NOT NULL,
    evidence_id        BIGINT       NOT NULL,
    renewed_by_user_id BIGINT       NOT NULL,
    renewed_by_name    VARCHAR(200) NOT NULL,
    renewed_at         DATETIME(6)  NOT NULL,
    CONSTRAINT fk_renewal_trust FOREIGN KEY (trust_id) REFERENCES trust (id),
    CONSTRAINT fk_renewal_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_renewal_evidence FOREIGN KEY (evidence_id) REFERENCES renewal_evidence (id),
    CONSTRAINT fk_renewal_user FOREIGN KEY (renewed_by_user_id) REFERENCES app_user (id),
    CONSTRAINT ck_renewal_kind CHECK (CHAR_LENGTH(TRIM(kind)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the latest renewal of a subject: the renewals grid looks it up for every row
CREATE INDEX ix_renewal_subject ON renewal (kind, subject_id, id);
