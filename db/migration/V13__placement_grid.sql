-- The placements grid: filters and sorts in MariaDB over a trust's placements (200,000 in the
-- benchmark), editing a placement's terms with a record of what changed, and constraints that back
-- the service's validation where V10 had none.

-- The last day the parental notice may go: two school days before the start on the school's
-- calendar (placement.NoticeRule). The calendar cannot be joined in SQL, so the application writes
-- it whenever a placement is saved and whenever its school's calendar changes; NULL while the
-- calendar has no year for the start.
ALTER TABLE placement ADD COLUMN notice_due_by DATE NULL AFTER notice_sent_on;

-- The first day on which the notice counts as late (NoticeRule.state LATE or OVERDUE): the day after
-- the last day, when the notice was sent after it or has not been sent. So the grid's "notice late"
-- is one range condition, notice_late_from <= today, that an index answers. (A notice is never
-- recorded as sent after today: the service refuses it.)
ALTER TABLE placement ADD COLUMN notice_late_from DATE AS (
    IF(notice_sent_on IS NULL OR notice_sent_on > notice_due_by, notice_due_by + INTERVAL 1 DAY, NULL)
) PERSISTENT AFTER notice_due_by;

-- The pupil's name as the grid sorts it (last name, first name), kept on each placement by the
-- service whenever the pupil's name is saved: sorting 50,000 placements by a joined column costs a
-- second; by this column an index answers.
ALTER TABLE placement ADD COLUMN pupil_sort_name VARCHAR(201) NULL AFTER pupil_id;
UPDATE placement p JOIN pupil pu ON pu.id = p.pupil_id SET p.pupil_sort_name = CONCAT(pu.last_name, ' ', pu.first_name);
ALTER TABLE placement MODIFY pupil_sort_name VARCHAR(201) NOT NULL;

-- What a page of the grid reads (PlacementQueriesImpl). The ids of a page come from an index alone:
-- the first two hold every filtered column after the order (start, then id), so a filter is checked
-- in the index however many rows it passes over (one school's; the trust lead's across schools).
-- The others give the first page of each other sortable column (then start and id, as the query
-- orders them) and the count of a filter from a narrow range. Measured over 200,000 placements by
-- PlacementGridBenchmark (README).
CREATE INDEX ix_placement_school_start ON placement (school_id, starts_on, id, status, type, notice_late_from);
CREATE INDEX ix_placement_start ON placement (starts_on, id, school_id, status, type, notice_late_from);
CREATE INDEX ix_placement_school_type ON placement (school_id, type, starts_on);
CREATE INDEX ix_placement_school_status_type ON placement (school_id, status, type, starts_on);
CREATE INDEX ix_placement_school_pupil ON placement (school_id, pupil_sort_name, starts_on);
CREATE INDEX ix_placement_school_notice_late ON placement (school_id, notice_late_from, starts_on);
-- placements at one provider (the provider filter): from the provider's sessions to their placements
CREATE INDEX ix_session_provider_placement ON placement_session (provider_id, placement_id);
DROP INDEX ix_session_provider ON placement_session;

-- Constraints behind PlacementRules
ALTER TABLE pupil
    ADD CONSTRAINT ck_pupil_names CHECK (CHAR_LENGTH(TRIM(first_name)) > 0 AND CHAR_LENGTH(TRIM(last_name)) > 0),
    ADD CONSTRAINT ck_pupil_born CHECK (date_of_birth >= '1990-01-01');

ALTER TABLE placement
    ADD CONSTRAINT ck_placement_type CHECK (type IN ('OFF_SITE_DIRECTION', 'SUSPENSION_PROVISION', 'MEDICAL_SEMH',
        'VOCATIONAL', 'PART_TIME_TIMETABLE')),
    ADD CONSTRAINT ck_placement_texts CHECK (CHAR_LENGTH(TRIM(aims)) > 0 AND CHAR_LENGTH(TRIM(planned_outcomes)) > 0),
    ADD CONSTRAINT ck_placement_cost_max CHECK (cost_per_session IS NULL OR cost_per_session < 100000),
    ADD CONSTRAINT ck_placement_start CHECK (starts_on >= '2000-01-01'),
    ADD CONSTRAINT ck_placement_destination CHECK (status NOT IN ('ENDED', 'REINTEGRATED')
        OR (destination IS NOT NULL AND CHAR_LENGTH(TRIM(destination)) > 0));

ALTER TABLE placement_session
    ADD CONSTRAINT ck_session_day CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'));

-- Changes to a placement's terms or its pupil's details: what changed, who, when, and why (a reason
-- is required for an active placement's dates and timetable). Never edited, never deleted.
CREATE TABLE placement_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    placement_id BIGINT        NOT NULL,
    what         VARCHAR(2000) NOT NULL,
    reason       VARCHAR(2000) NULL,
    changed_by   VARCHAR(200)  NOT NULL,
    changed_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_placement_change_placement FOREIGN KEY (placement_id) REFERENCES placement (id) ON DELETE CASCADE,
    CONSTRAINT ck_placement_change_what CHECK (CHAR_LENGTH(TRIM(what)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_placement_change ON placement_change (placement_id, changed_at);
