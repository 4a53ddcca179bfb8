-- Issue 13, change history of child rows (docs/history.md): a provider's sites and contacts, an
-- audit's answers and conditions, a visit's actions and a provider risk assessment's hazards keep
-- who changed them, when, and the values after each change, like their records do since V30. The
-- same pattern as V30: each *_aud table copies the column definitions of its table's audited
-- columns, and is read by the record it belongs to (the owner column is indexed).

CREATE TABLE provider_site_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY provider_site_aud_rev (rev),
    KEY provider_site_aud_owner (provider_id, rev),
    CONSTRAINT provider_site_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, provider_id, kind, name, address_line1, address_line2, town, postcode
  FROM provider_site WHERE 1 = 0;
ALTER TABLE provider_site_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE provider_contact_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY provider_contact_aud_rev (rev),
    KEY provider_contact_aud_owner (provider_id, rev),
    CONSTRAINT provider_contact_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, provider_id, name, job_title, email, phone, pupils_report_to
  FROM provider_contact WHERE 1 = 0;
ALTER TABLE provider_contact_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE audit_item_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY audit_item_aud_rev (rev),
    KEY audit_item_aud_owner (audit_id, rev),
    CONSTRAINT audit_item_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, audit_id, checklist_item_id, outcome, note, expires_on, seen_not_kept_reason, checked_by_name, checked_at, confirmed_by_name, confirmed_at
  FROM audit_item WHERE 1 = 0;
ALTER TABLE audit_item_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE audit_condition_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY audit_condition_aud_rev (rev),
    KEY audit_condition_aud_owner (audit_id, rev),
    CONSTRAINT audit_condition_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, audit_id, description, owner_name, due_on, done
  FROM audit_condition WHERE 1 = 0;
ALTER TABLE audit_condition_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE visit_action_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY visit_action_aud_rev (rev),
    KEY visit_action_aud_owner (visit_id, rev),
    CONSTRAINT visit_action_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, visit_id, description, owner, due_on, status
  FROM visit_action WHERE 1 = 0;
ALTER TABLE visit_action_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE provider_risk_hazard_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY provider_risk_hazard_aud_rev (rev),
    KEY provider_risk_hazard_aud_owner (assessment_id, rev),
    CONSTRAINT provider_risk_hazard_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, assessment_id, position, site_name, activity, hazard, description, who_at_risk, controls, residual
  FROM provider_risk_hazard WHERE 1 = 0;
ALTER TABLE provider_risk_hazard_aud ALTER COLUMN rev DROP DEFAULT;
