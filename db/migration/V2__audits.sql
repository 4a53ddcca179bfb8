-- Pre-placement check audits (issue 3): versioned checklist templates, audits with their items,
-- evidence files (content in its own table), conditions, school sign-offs on adopted audits,
-- and the latest decided audit on the provider row (so the register grid stays one query).

CREATE TABLE checklist_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- a template is its code; each publication is a new, never-edited version
    template     VARCHAR(40)  NOT NULL,
    number       INT          NOT NULL,
    name         VARCHAR(200) NOT NULL,
    online_only  BOOLEAN      NOT NULL DEFAULT FALSE,
    published_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_checklist_version UNIQUE (template, number),
    CONSTRAINT ck_checklist_version_number CHECK (number > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE checklist_section (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    checklist_version_id BIGINT       NOT NULL,
    position             INT          NOT NULL,
    title                VARCHAR(200) NOT NULL,
    CONSTRAINT fk_checklist_section_version FOREIGN KEY (checklist_version_id) REFERENCES checklist_version (id),
    CONSTRAINT uq_checklist_section_position UNIQUE (checklist_version_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE checklist_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    section_id        BIGINT        NOT NULL,
    position          INT           NOT NULL,
    prompt            VARCHAR(500)  NOT NULL,
    guidance          VARCHAR(2000) NOT NULL DEFAULT '',
    evidence_required BOOLEAN       NOT NULL DEFAULT FALSE,
    needs_expiry      BOOLEAN       NOT NULL DEFAULT FALSE,
    -- the role that must confirm the item (DSL for safeguarding); NULL: whoever fills the audit
    confirm_role      VARCHAR(30)   NULL,
    critical          BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_checklist_item_section FOREIGN KEY (section_id) REFERENCES checklist_section (id),
    CONSTRAINT uq_checklist_item_position UNIQUE (section_id, position),
    CONSTRAINT ck_checklist_item_role CHECK (confirm_role IS NULL OR confirm_role IN ('DSL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    trust_id             BIGINT        NOT NULL,
    provider_id          BIGINT        NOT NULL,
    -- the school that carries out the checks and signs the decision
    school_id            BIGINT        NOT NULL,
    checklist_version_id BIGINT        NOT NULL,
    corrects_audit_id    BIGINT        NULL,
    state                VARCHAR(30)   NOT NULL,
    started_by_name      VARCHAR(200)  NOT NULL,
    started_at           DATETIME(6)   NOT NULL,
    submitted_by_name    VARCHAR(200)  NULL,
    submitted_at         DATETIME(6)   NULL,
    confirmed_by_name    VARCHAR(200)  NULL,
    confirmed_at         DATETIME(6)   NULL,
    decision             VARCHAR(30)   NULL,
    decision_note        VARCHAR(2000) NULL,
    decided_by_name      VARCHAR(200)  NULL,
    decided_at           DATETIME(6)   NULL,
    decided_rag          VARCHAR(10)   NULL,
    CONSTRAINT fk_audit_trust FOREIGN KEY (trust_id) REFERENCES trust (id),
    CONSTRAINT fk_audit_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_audit_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_audit_checklist FOREIGN KEY (checklist_version_id) REFERENCES checklist_version (id),
    CONSTRAINT fk_audit_corrects FOREIGN KEY (corrects_audit_id) REFERENCES audit (id),
    CONSTRAINT ck_audit_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'SAFEGUARDING_CONFIRMED', 'DECIDED')),
    CONSTRAINT ck_audit_decision CHECK (decision IS NULL OR decision IN ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED')),
    CONSTRAINT ck_audit_rag CHECK (decided_rag IS NULL OR decided_rag IN ('GREEN', 'AMBER', 'RED')),
    -- a decided audit has its decision, who made it and when
    CONSTRAINT ck_audit_decided CHECK (state <> 'DECIDED'
        OR (decision IS NOT NULL AND decided_at IS NOT NULL AND decided_rag IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_trust_started ON audit (trust_id, started_at);
CREATE INDEX ix_audit_provider ON audit (provider_id, decided_at);

CREATE TABLE audit_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    audit_id          BIGINT        NOT NULL,
    checklist_item_id BIGINT        NOT NULL,
    outcome           VARCHAR(20)   NULL,
    note              VARCHAR(2000) NOT NULL DEFAULT '',
    expires_on        DATE          NULL,
    checked_by_name   VARCHAR(200)  NULL,
    checked_at        DATETIME(6)   NULL,
    confirmed_by_name VARCHAR(200)  NULL,
    confirmed_at      DATETIME(6)   NULL,
    CONSTRAINT fk_audit_item_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
    CONSTRAINT fk_audit_item_checklist FOREIGN KEY (checklist_item_id) REFERENCES checklist_item (id),
    CONSTRAINT uq_audit_item UNIQUE (audit_id, checklist_item_id),
    CONSTRAINT ck_audit_item_outcome CHECK (outcome IS NULL OR outcome IN ('MET', 'PARTLY_MET', 'NOT_MET', 'NOT_APPLICABLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- evidence that expires: the provider page and the renewals view read this index
CREATE INDEX ix_audit_item_expires ON audit_item (expires_on);

CREATE TABLE audit_evidence (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    audit_item_id    BIGINT       NOT NULL,
    file_name        VARCHAR(255) NOT NULL,
    media_type       VARCHAR(150) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    uploaded_by_name VARCHAR(200) NOT NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_audit_evidence_item FOREIGN KEY (audit_item_id) REFERENCES audit_item (id),
    -- 20 MB per file (issue 3)
    CONSTRAINT ck_audit_evidence_size CHECK (size_bytes > 0 AND size_bytes <= 20971520)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the bytes apart from the metadata, so lists of evidence never read them
CREATE TABLE audit_evidence_content (
    evidence_id BIGINT   NOT NULL PRIMARY KEY,
    content     LONGBLOB NOT NULL,
    CONSTRAINT fk_audit_evidence_content FOREIGN KEY (evidence_id) REFERENCES audit_evidence (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_condition (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    audit_id    BIGINT        NOT NULL,
    description VARCHAR(1000) NOT NULL,
    owner_name  VARCHAR(200)  NOT NULL,
    due_on      DATE          NOT NULL,
    done        BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_audit_condition_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
    CONSTRAINT ck_audit_condition_text CHECK (CHAR_LENGTH(TRIM(description)) > 0 AND CHAR_LENGTH(TRIM(owner_name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- another school of the trust adopting a decided audit: its own school-level sign-off
CREATE TABLE audit_adoption (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    audit_id       BIGINT        NOT NULL,
    school_id      BIGINT        NOT NULL,
    decision       VARCHAR(30)   NOT NULL,
    note           VARCHAR(2000) NOT NULL DEFAULT '',
    signed_by_name VARCHAR(200)  NOT NULL,
    signed_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_audit_adoption_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
    CONSTRAINT fk_audit_adoption_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uq_audit_adoption UNIQUE (audit_id, school_id),
    CONSTRAINT ck_audit_adoption_decision CHECK (decision IN ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the items the adopting school chose to check again, with its own outcome
CREATE TABLE audit_recheck (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    adoption_id     BIGINT        NOT NULL,
    audit_item_id   BIGINT        NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    note            VARCHAR(2000) NOT NULL DEFAULT '',
    CONSTRAINT fk_audit_recheck_adoption FOREIGN KEY (adoption_id) REFERENCES audit_adoption (id),
    CONSTRAINT fk_audit_recheck_item FOREIGN KEY (audit_item_id) REFERENCES audit_item (id),
    CONSTRAINT uq_audit_recheck UNIQUE (adoption_id, audit_item_id),
    CONSTRAINT ck_audit_recheck_outcome CHECK (outcome IN ('MET', 'PARTLY_MET', 'NOT_MET', 'NOT_APPLICABLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- suitability at a glance: the latest decided audit, kept on the provider by the decision
ALTER TABLE provider
    ADD COLUMN latest_audit_id  BIGINT      NULL,
    ADD COLUMN latest_audit_rag VARCHAR(10) NULL,
    ADD COLUMN latest_audit_on  DATE        NULL,
    ADD CONSTRAINT ck_provider_latest_audit_rag CHECK (latest_audit_rag IS NULL OR latest_audit_rag IN ('GREEN', 'AMBER', 'RED'));

-- The shipped templates (version 1): every check of DESIGN.md; the online variant replaces the site visit.
INSERT INTO checklist_version (template, number, name, online_only, published_at) VALUES ('PRE_PLACEMENT', 1, 'Pre-placement check', FALSE, '2026-01-01 00:00:00');
SET @version = LAST_INSERT_ID();
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 1, 'Registration and inspection');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Registration status confirmed', 'Check the provider''s status on the register of independent schools, or that it is not required to register.', FALSE, FALSE, NULL, TRUE),
    (@section, 2, 'Registration trigger checked', 'Full-time education (18 or more hours a week) for 5 or more pupils, or for one pupil with an EHCP or who is looked after, means the provider must be a registered independent school.', FALSE, FALSE, NULL, TRUE),
    (@section, 3, 'Latest inspection or external report reviewed', 'Ofsted, local authority or other external report: note the date and any concerns.', TRUE, FALSE, NULL, FALSE),
    (@section, 4, 'Website and social media reviewed', 'Look for anything at odds with the school''s values or with what the provider told you.', FALSE, FALSE, NULL, FALSE);
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 2, 'Policies');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Safeguarding and child protection policy, including online safety', 'Current, reviewed in the last year, names the provider''s designated safeguarding lead.', TRUE, TRUE, 'DSL', TRUE),
    (@section, 2, 'Safer recruitment: written confirmation of staff checks', 'Written confirmation that the checks the school would make (enhanced DBS, barred list, right to work, references) are made for every adult working with pupils.', TRUE, FALSE, 'DSL', TRUE),
    (@section, 3, 'Single central record of staff checks seen', 'Seen, not copied: record who checked it and when.', FALSE, FALSE, 'DSL', TRUE),
    (@section, 4, 'Allegations against staff procedure', 'How allegations about adults are reported to the LADO and to the school.', FALSE, FALSE, 'DSL', FALSE),
    (@section, 5, 'Data protection policy', 'UK GDPR compliant; how pupil data is shared and kept.', TRUE, FALSE, NULL, FALSE),
    (@section, 6, 'Health and safety policy, including fire, first aid and lockdown', 'Includes fire evacuation, first-aid cover and a lockdown procedure.', TRUE, TRUE, NULL, TRUE),
    (@section, 7, 'Complaints policy', 'How pupils and parents can complain.', FALSE, FALSE, NULL, FALSE),
    (@section, 8, 'Attendance policy', 'Matches the school''s expectations for registers and absence.', FALSE, FALSE, NULL, FALSE),
    (@section, 9, 'Behaviour policy', 'Including rewards, sanctions and exclusion from the provision.', FALSE, FALSE, NULL, FALSE),
    (@section, 10, 'Anti-bullying policy', 'Including online bullying.', FALSE, FALSE, NULL, FALSE),
    (@section, 11, 'Physical intervention policy', 'When and how staff may use reasonable force; training and recording.', FALSE, FALSE, 'DSL', FALSE),
    (@section, 12, 'Commitment to notify changes of staff', 'The provider agrees to tell the school promptly of any change of staff working with pupils.', FALSE, FALSE, NULL, FALSE);
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 3, 'Insurance and compliance certificates');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Employer''s liability insurance', 'Certificate seen; note the expiry date.', TRUE, TRUE, NULL, TRUE),
    (@section, 2, 'Public liability insurance', 'Certificate seen; note the expiry date.', TRUE, TRUE, NULL, TRUE),
    (@section, 3, 'Machinery and tool maintenance', 'Service or inspection records for machinery and tools pupils use.', TRUE, TRUE, NULL, FALSE),
    (@section, 4, 'Animal contact measures', 'Hygiene and risk measures where pupils work with animals.', TRUE, TRUE, NULL, FALSE),
    (@section, 5, 'Other certificates', 'Any other licence or certificate the activity needs (e.g. food hygiene, gas safety).', TRUE, TRUE, NULL, FALSE);
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 4, 'Curriculum and outcomes');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Curriculum offer', 'What pupils will learn, and how it fits their education, health and care plan or personal plan.', FALSE, FALSE, NULL, FALSE),
    (@section, 2, 'Personal development', 'Careers guidance, relationships and health education, wellbeing.', FALSE, FALSE, NULL, FALSE),
    (@section, 3, 'Track record of qualifications and outcomes', 'Results and destinations of past pupils.', FALSE, FALSE, NULL, FALSE),
    (@section, 4, 'Enrolment and exam-entry arrangements', 'Who enters pupils for exams and where they sit them.', FALSE, FALSE, NULL, FALSE);
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 5, 'Attendance and communication');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Morning and afternoon registers', 'Registers are taken each session and kept.', FALSE, FALSE, NULL, TRUE),
    (@section, 2, 'Daily notice of attendance and lateness to the school', 'By an agreed time each day.', FALSE, FALSE, NULL, TRUE),
    (@section, 3, 'Prompt follow-up of absence', 'Who calls home, and when the school is told of a pupil missing education.', FALSE, FALSE, 'DSL', FALSE),
    (@section, 4, 'Reporting of progress, concerns and staff changes', 'How and how often the provider reports to the school.', FALSE, FALSE, NULL, FALSE),
    (@section, 5, 'Free school meals arrangements', 'How pupils eligible for free school meals are fed.', FALSE, FALSE, NULL, FALSE);
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 6, 'Site and physical environment');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Site security', 'Controlled entry, visitors signed in, pupils cannot leave unnoticed.', FALSE, FALSE, NULL, TRUE),
    (@section, 2, 'Fire safety', 'Fire risk assessment, alarms, extinguishers, clear exits, drills.', TRUE, TRUE, NULL, TRUE),
    (@section, 3, 'Toilets and washing facilities', 'Adequate, clean and appropriate for the pupils.', FALSE, FALSE, NULL, FALSE),
    (@section, 4, 'Protective equipment', 'Suitable protective equipment for the activities, in good repair.', FALSE, FALSE, NULL, FALSE),
    (@section, 5, 'Catering', 'Food preparation and storage, allergies.', FALSE, FALSE, NULL, FALSE),
    (@section, 6, 'General condition and cleanliness', 'Safe, warm, clean and in good repair.', FALSE, FALSE, NULL, FALSE);
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 7, 'Quality assurance visits');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Arrangements for regular QA visits agreed', 'At least one visit or meeting a month, or one every ten sessions, whichever is more frequent.', FALSE, FALSE, NULL, FALSE);

INSERT INTO checklist_version (template, number, name, online_only, published_at) VALUES ('PRE_PLACEMENT_ONLINE', 1, 'Pre-placement check (online provider)', TRUE, '2026-01-01 00:00:00');
SET @version = LAST_INSERT_ID();
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 1, 'Registration and inspection');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Registration status confirmed', 'Check the provider''s status on the register of independent schools, or that it is not required to register.', FALSE, FALSE, NULL, TRUE),
    (@section, 2, 'Registration trigger checked', 'Full-time education (18 or more hours a week) for 5 or more pupils, or for one pupil with an EHCP or who is looked after, means the provider must be a registered independent school.', FALSE, FALSE, NULL, TRUE),
    (@section, 3, 'Latest inspection or external report reviewed', 'Ofsted, local authority or other external report: note the date and any concerns.', TRUE, FALSE, NULL, FALSE),
    (@section, 4, 'Website and social media reviewed', 'Look for anything at odds with the school''s values or with what the provider told you.', FALSE, FALSE, NULL, FALSE);
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 2, 'Policies');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Safeguarding and child protection policy, including online safety', 'Current, reviewed in the last year, names the provider''s designated safeguarding lead.', TRUE, TRUE, 'DSL', TRUE),
    (@section, 2, 'Safer recruitment: written confirmation of staff checks', 'Written confirmation that the checks the school would make (enhanced DBS, barred list, right to work, references) are made for every adult working with pupils.', TRUE, FALSE, 'DSL', TRUE),
    (@section, 3, 'Single central record of staff checks seen', 'Seen, not copied: record who checked it and when.', FALSE, FALSE, 'DSL', TRUE),
    (@section, 4, 'Allegations against staff procedure', 'How allegations about adults are reported to the LADO and to the school.', FALSE, FALSE, 'DSL', FALSE),
    (@section, 5, 'Data protection policy', 'UK GDPR compliant; how pupil data is shared and kept.', TRUE, FALSE, NULL, FALSE),
    (@section, 6, 'Health and safety policy, including fire, first aid and lockdown', 'Includes fire evacuation, first-aid cover and a lockdown procedure.', TRUE, TRUE, NULL, TRUE),
    (@section, 7, 'Complaints policy', 'How pupils and parents can complain.', FALSE, FALSE, NULL, FALSE),
    (@section, 8, 'Attendance policy', 'Matches the school''s expectations for registers and absence.', FALSE, FALSE, NULL, FALSE),
    (@section, 9, 'Behaviour policy', 'Including rewards, sanctions and exclusion from the provision.', FALSE, FALSE, NULL, FALSE),
    (@section, 10, 'Anti-bullying policy', 'Including online bullying.', FALSE, FALSE, NULL, FALSE),
    (@section, 11, 'Physical intervention policy', 'When and how staff may use reasonable force; training and recording.', FALSE, FALSE, 'DSL', FALSE),
    (@section, 12, 'Commitment to notify changes of staff', 'The provider agrees to tell the school promptly of any change of staff working with pupils.', FALSE, FALSE, NULL, FALSE);
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 3, 'Insurance and compliance certificates');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Employer''s liability insurance', 'Certificate seen; note the expiry date.', TRUE, TRUE, NULL, TRUE),
    (@section, 2, 'Public liability insurance', 'Certificate seen; note the expiry date.', TRUE, TRUE, NULL, TRUE),
    (@section, 3, 'Machinery and tool maintenance', 'Service or inspection records for machinery and tools pupils use.', TRUE, TRUE, NULL, FALSE),
    (@section, 4, 'Animal contact measures', 'Hygiene and risk measures where pupils work with animals.', TRUE, TRUE, NULL, FALSE),
    (@section, 5, 'Other certificates', 'Any other licence or certificate the activity needs (e.g. food hygiene, gas safety).', TRUE, TRUE, NULL, FALSE);
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 4, 'Curriculum and outcomes');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Curriculum offer', 'What pupils will learn, and how it fits their education, health and care plan or personal plan.', FALSE, FALSE, NULL, FALSE),
    (@section, 2, 'Personal development', 'Careers guidance, relationships and health education, wellbeing.', FALSE, FALSE, NULL, FALSE),
    (@section, 3, 'Track record of qualifications and outcomes', 'Results and destinations of past pupils.', FALSE, FALSE, NULL, FALSE),
    (@section, 4, 'Enrolment and exam-entry arrangements', 'Who enters pupils for exams and where they sit them.', FALSE, FALSE, NULL, FALSE);
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 5, 'Attendance and communication');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Morning and afternoon registers', 'Registers are taken each session and kept.', FALSE, FALSE, NULL, TRUE),
    (@section, 2, 'Daily notice of attendance and lateness to the school', 'By an agreed time each day.', FALSE, FALSE, NULL, TRUE),
    (@section, 3, 'Prompt follow-up of absence', 'Who calls home, and when the school is told of a pupil missing education.', FALSE, FALSE, 'DSL', FALSE),
    (@section, 4, 'Reporting of progress, concerns and staff changes', 'How and how often the provider reports to the school.', FALSE, FALSE, NULL, FALSE),
    (@section, 5, 'Free school meals arrangements', 'How pupils eligible for free school meals are fed.', FALSE, FALSE, NULL, FALSE);
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 6, 'Online delivery (checked by call or online meeting)');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Platform and data security', 'The platform used, who can join sessions, how recordings and chat are kept.', FALSE, FALSE, NULL, TRUE),
    (@section, 2, 'Identity of staff and pupils in sessions', 'How staff confirm who is present, and how pupils know who they are talking to.', FALSE, FALSE, 'DSL', TRUE),
    (@section, 3, 'Live sessions supervised and recorded', 'Recording and supervision arrangements for one-to-one sessions.', FALSE, FALSE, 'DSL', FALSE),
    (@section, 4, 'Technical support and equipment for pupils', 'Devices, connectivity and help when things fail.', FALSE, FALSE, NULL, FALSE);
INSERT INTO checklist_section (checklist_version_id, position, title) VALUES (@version, 7, 'Quality assurance visits');
SET @section = LAST_INSERT_ID();
INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role, critical) VALUES
    (@section, 1, 'Arrangements for regular QA visits agreed', 'At least one visit or meeting a month, or one every ten sessions, whichever is more frequent.', FALSE, FALSE, NULL, FALSE);

