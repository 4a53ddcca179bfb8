-- Change history (issue 13, docs/history.md): Hibernate Envers keeps, for every create, change and
-- delete of a provider, audit, visit, placement, review, risk assessment (provider and pupil) and
-- user, one row per revision in <table>_aud, with the values after the change (and, for a delete,
-- the values it had). history_revision says who made the change and when (UTC).
--
-- Each *_aud table copies the column definitions of the audited columns of its table (CREATE TABLE
-- ... SELECT ... WHERE 1 = 0 copies types, not keys), so the two cannot drift apart at creation. (rev
-- needs a default while the table is made from a SELECT; it is dropped at once.)
-- Never audited: password hashes, child rows and links to other records (see docs/history.md).

CREATE TABLE history_revision (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revised_at   BIGINT       NOT NULL COMMENT 'epoch milliseconds, UTC',
    user_id      BIGINT       NULL COMMENT 'null for the system (demo data, scheduled jobs)',
    username     VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    KEY history_revision_user (user_id)
);

CREATE TABLE provider_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY provider_aud_rev (rev),
    CONSTRAINT provider_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, trust_id, name, type, status, urn, registration, ofsted_judgement, ofsted_date, la_approved, la_approved_until, website, offer, key_stages, capacity, cost_per_session, created_at, updated_at, latest_audit_id, latest_audit_rag, latest_audit_on
  FROM provider WHERE 1 = 0;
ALTER TABLE provider_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE audit_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY audit_aud_rev (rev),
    CONSTRAINT audit_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, trust_id, provider_id, school_id, corrects_audit_id, state, started_by_name, started_at, submitted_by_name, submitted_at, confirmed_by_name, confirmed_at, decision, decision_note, decided_by_name, decided_at, decided_rag
  FROM audit WHERE 1 = 0;
ALTER TABLE audit_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE visit_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY visit_aud_rev (rev),
    CONSTRAINT visit_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, trust_id, school_id, status, visited_at, type, visitors, spoke_to_staff, spoke_to_pupils, spoke_to_parents, pupil_work, observed_lessons, observed_unstructured, activities, judgement_safeguarding, judgement_teaching, judgement_behaviour, judgement_attendance, judgement_site_safety, notes, recorded_by_id, recorded_by_name, created_at, updated_at, submitted_at
  FROM visit WHERE 1 = 0;
ALTER TABLE visit_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE placement_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY placement_aud_rev (rev),
    CONSTRAINT placement_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, school_id, pupil_sort_name, type, status, starts_on, ends_on, aims, planned_outcomes, cost_per_session, dual_registration, la_informed_on, notice_sent_on, notice_due_by, destination, notice_reason, notice_school_contact, notice_absence_contact, notice_travel, notice_kit, created_by, created_at
  FROM placement WHERE 1 = 0;
ALTER TABLE placement_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE placement_review_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY placement_review_aud_rev (rev),
    CONSTRAINT placement_review_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, placement_id, school_id, status, held_on, kind, attendee_names, attendance_percent, attendance_reason, behaviour, welfare, pupil_views, parent_views, improved, decision, decision_note, next_review_on, drafted_by_id, drafted_by_name, created_at, updated_at, signed_by_id, signed_by_name, signed_at
  FROM placement_review WHERE 1 = 0;
ALTER TABLE placement_review_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE provider_risk_assessment_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY provider_risk_assessment_aud_rev (rev),
    CONSTRAINT provider_risk_assessment_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, trust_id, provider_id, number, current_for_provider, audit_id, summary, approved_on, approved_by_id, approved_by_name, approved_at, review_needed_since, review_reason
  FROM provider_risk_assessment WHERE 1 = 0;
ALTER TABLE provider_risk_assessment_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE pupil_risk_assessment_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY pupil_risk_assessment_aud_rev (rev),
    CONSTRAINT pupil_risk_assessment_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, placement_id, school_id, version_no, status, drafted_by_id, drafted_by_name, updated_at, approved_by_id, approved_by_name, approved_on, approved_at, last_reviewed_on, review_due_on, review_needed_reason
  FROM pupil_risk_assessment WHERE 1 = 0;
ALTER TABLE pupil_risk_assessment_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE app_user_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (id, rev),
    KEY app_user_aud_rev (rev),
    CONSTRAINT app_user_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT id, username, display_name, email, active, password_changed_at, must_change_password
  FROM app_user WHERE 1 = 0;
ALTER TABLE app_user_aud ALTER COLUMN rev DROP DEFAULT;

CREATE TABLE app_user_role_aud (
    rev     BIGINT  NOT NULL DEFAULT 0,
    revtype TINYINT NULL,
    PRIMARY KEY (rev, user_id, role),
    CONSTRAINT app_user_role_aud_revision FOREIGN KEY (rev) REFERENCES history_revision (id)
) SELECT user_id, role
  FROM app_user_role WHERE 1 = 0;
ALTER TABLE app_user_role_aud ALTER COLUMN rev DROP DEFAULT;
