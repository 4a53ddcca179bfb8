-- Audits never lose an answer, and sign-off means something (docs/audits.md).

-- "Seen on site, not kept": evidence an item requires, seen by the checker but not copied (e.g. the
-- single central record, which holds staff personal data). Null means not ticked; when ticked, the
-- reason is required.
ALTER TABLE audit_item
    ADD COLUMN seen_not_kept_reason VARCHAR(500) NULL,
    ADD CONSTRAINT ck_audit_item_seen_reason CHECK (seen_not_kept_reason IS NULL
        OR CHAR_LENGTH(TRIM(seen_not_kept_reason)) > 0);

-- One correction per audit: pressing "Start a correction" twice never makes a second draft.
ALTER TABLE audit
    ADD CONSTRAINT uq_audit_corrects UNIQUE (corrects_audit_id);

-- The DSL or SLT sent the audit back to the AP lead, with a reason the AP lead reads on the audit.
CREATE TABLE audit_send_back (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    audit_id          BIGINT        NOT NULL,
    from_state        VARCHAR(30)   NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    sent_back_by_name VARCHAR(200)  NOT NULL,
    sent_back_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_audit_send_back_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
    CONSTRAINT ck_audit_send_back_state CHECK (from_state IN ('SUBMITTED', 'SAFEGUARDING_CONFIRMED')),
    CONSTRAINT ck_audit_send_back_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_send_back_audit ON audit_send_back (audit_id, sent_back_at);
