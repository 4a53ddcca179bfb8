-- The checklist covers the DfE's national standards for non-school alternative provision
-- (August 2025; voluntary, to become mandatory). Each item may name the standard it checks.
--
-- A published version is never edited: every template gets a NEW version that copies its current
-- version (sections, items, guidance, flags) and adds a section with the standards items. New
-- audits start from the latest version (ChecklistRepository.findCurrent); audits already started
-- keep the version they point at, which this migration does not touch.

ALTER TABLE checklist_item
    ADD COLUMN standard_ref VARCHAR(80) NULL,
    ADD CONSTRAINT ck_checklist_item_standard_ref CHECK (standard_ref IS NULL OR CHAR_LENGTH(TRIM(standard_ref)) > 0);

-- the current (latest) version of every template, and the number its successor gets
CREATE TEMPORARY TABLE standards_copy (
    template   VARCHAR(40) NOT NULL PRIMARY KEY,
    old_id     BIGINT      NOT NULL,
    new_number INT         NOT NULL,
    new_id     BIGINT      NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO standards_copy (template, old_id, new_number)
SELECT v.template, v.id, v.number + 1
FROM checklist_version v
WHERE v.number = (SELECT MAX(w.number) FROM checklist_version w WHERE w.template = v.template);

INSERT INTO checklist_version (template, number, name, online_only, published_at)
SELECT v.template, c.new_number, v.name, v.online_only, UTC_TIMESTAMP(6)
FROM standards_copy c
JOIN checklist_version v ON v.id = c.old_id;

UPDATE standards_copy c
JOIN checklist_version v ON v.template = c.template AND v.number = c.new_number
SET c.new_id = v.id;

-- the current sections and items, as they are
INSERT INTO checklist_section (checklist_version_id, position, title)
SELECT c.new_id, s.position, s.title
FROM standards_copy c
JOIN checklist_section s ON s.checklist_version_id = c.old_id;

INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role,
                            critical, standard_ref)
SELECT ns.id, i.position, i.prompt, i.guidance, i.evidence_required, i.needs_expiry, i.confirm_role, i.critical,
       i.standard_ref
FROM standards_copy c
JOIN checklist_section os ON os.checklist_version_id = c.old_id
JOIN checklist_item i ON i.section_id = os.id
JOIN checklist_section ns ON ns.checklist_version_id = c.new_id AND ns.position = os.position;

-- the standards section, after the copied ones
INSERT INTO checklist_section (checklist_version_id, position, title)
SELECT c.new_id, (SELECT COALESCE(MAX(s.position), 0) + 1 FROM checklist_section s WHERE s.checklist_version_id = c.new_id),
       'National standards for non-school AP (DfE 2025)'
FROM standards_copy c;

-- the items of that section; a provider checked online has no site to assess or evacuate
CREATE TEMPORARY TABLE standards_item (
    position          INT           NOT NULL PRIMARY KEY,
    prompt            VARCHAR(500)  NOT NULL,
    guidance          VARCHAR(2000) NOT NULL,
    evidence_required BOOLEAN       NOT NULL,
    needs_expiry      BOOLEAN       NOT NULL,
    confirm_role      VARCHAR(30)   NULL,
    critical          BOOLEAN       NOT NULL,
    standard_ref      VARCHAR(80)   NOT NULL,
    on_site_only      BOOLEAN       NOT NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO standards_item VALUES
    (1, 'Single central record includes volunteers',
        'Every adult who works with pupils is on the record with the date of each check: employees, the proprietor, volunteers and regular contractors alike. Look for the volunteers by name.',
        FALSE, FALSE, 'DSL', TRUE, 'DfE AP 1.1 Safer recruitment', FALSE),
    (2, 'Site risk assessment',
        'A written assessment of each site pupils use, satellite sites included, with a review date; reviewed after any change to the site.',
        TRUE, TRUE, NULL, TRUE, 'DfE AP 2 Health and safety', TRUE),
    (3, 'Activity risk assessments',
        'One for each activity pupils take part in (tools and machinery, animals, vehicles, trips, online sessions): the hazards, who could be harmed and the controls. Note the review date.',
        TRUE, TRUE, NULL, TRUE, 'DfE AP 2 Health and safety', FALSE),
    (4, 'Risk assessment for each pupil',
        'The provider writes one for every pupil before the first session, from what the school shares (health, behaviour, travel, online risks), and reviews it when anything changes.',
        FALSE, FALSE, NULL, TRUE, 'DfE AP 2 Health and safety', FALSE),
    (5, 'Fire drills held and logged',
        'A log with the date of each drill and how long the evacuation took; a new pupil takes part in the next drill.',
        TRUE, FALSE, NULL, FALSE, 'DfE AP 2 Health and safety', TRUE),
    (6, 'Baseline assessment for each pupil',
        'Starting points in reading, writing and maths (and the pupil''s other needs) are assessed at induction, so progress can be shown to the school.',
        FALSE, FALSE, NULL, FALSE, 'DfE AP 3 Admissions and support', FALSE),
    (7, 'Individual learning plan for each pupil',
        'Built on the baseline and the school''s aims for the placement; targets are reviewed with the school at each placement review.',
        FALSE, FALSE, NULL, FALSE, 'DfE AP 3 Admissions and support', FALSE),
    (8, 'Attendance recorded for every session and sent to the school',
        'A mark for each session (not one per day), returned to the school the same day; an unexplained absence is reported at once.',
        FALSE, FALSE, NULL, TRUE, 'DfE AP 3 Admissions and support', FALSE);

INSERT INTO checklist_item (section_id, position, prompt, guidance, evidence_required, needs_expiry, confirm_role,
                            critical, standard_ref)
SELECT s.id,
       ROW_NUMBER() OVER (PARTITION BY s.id ORDER BY t.position),
       t.prompt, t.guidance, t.evidence_required, t.needs_expiry, t.confirm_role, t.critical, t.standard_ref
FROM standards_copy c
JOIN checklist_version v ON v.id = c.new_id
JOIN checklist_section s ON s.checklist_version_id = c.new_id
    AND s.position = (SELECT MAX(m.position) FROM checklist_section m WHERE m.checklist_version_id = c.new_id)
JOIN standards_item t ON v.online_only = FALSE OR t.on_site_only = FALSE;

DROP TEMPORARY TABLE standards_item;
DROP TEMPORARY TABLE standards_copy;
