-- Issue 13: checklist templates belong to a trust. The shipped versions (trust_id NULL) are the
-- default every trust starts from and are never changed by a trust; a trust's administrator
-- publishing a template makes a version of that trust's own (its numbers go on from the version it
-- was made from), and from then on only that trust's audits use the trust's versions.
ALTER TABLE checklist_version
    ADD COLUMN trust_id BIGINT NULL AFTER template,
    ADD COLUMN owner_key BIGINT AS (IFNULL(trust_id, 0)) PERSISTENT,
    ADD CONSTRAINT fk_checklist_version_trust FOREIGN KEY (trust_id) REFERENCES trust (id);

ALTER TABLE checklist_version
    DROP INDEX uq_checklist_version,
    ADD CONSTRAINT uq_checklist_version UNIQUE (template, owner_key, number);

-- Versions published before this migration stay shared defaults: which trust's administrator
-- published them was not recorded, and every trust has been using them.
