-- Issue 13: bank holidays an administrator adds belong to their trust. The shipped ones (England and
-- Wales, V9) stay for every trust (trust_id NULL); before this, one trust's administrator adding a day
-- changed the school days of every trust's schools. owner_key makes "once per trust, and never a
-- shipped day again" one unique key (NULL would not be compared).
ALTER TABLE bank_holiday
    DROP PRIMARY KEY,
    ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST,
    ADD COLUMN trust_id BIGINT NULL COMMENT 'NULL: shipped, for every trust; else added by that trust',
    ADD COLUMN owner_key BIGINT AS (COALESCE(trust_id, 0)) PERSISTENT,
    ADD CONSTRAINT uq_bank_holiday UNIQUE (owner_key, holiday_date),
    ADD KEY ix_bank_holiday_date (holiday_date, trust_id),
    ADD CONSTRAINT fk_bank_holiday_trust FOREIGN KEY (trust_id) REFERENCES trust (id);
