-- Issue 12 (speed of /compare): attendance counted per school, provider and calendar month, kept
-- as marks and timetables are written, so the comparison reads a few rows a month instead of every
-- mark of five years. A mark belongs to the provider whose timetable slot (day and AM/PM) it was,
-- as /compare has always counted it; a mark in no slot of the timetable is kept under provider 0
-- (no provider has that id), ready to move to a provider if the slot is added again. Triggers
-- keep the table right whoever writes (the application, fixtures, bulk SQL): a mark written,
-- changed or deleted, and a timetable slot added, moved to another provider or removed (its marks
-- move with it). Deleting a placement removes its slots by a foreign-key cascade, which fires no
-- trigger; a placement with marks cannot be deleted (fk_mark_placement), so no count is left behind.
CREATE TABLE attendance_tally (
    school_id   BIGINT NOT NULL,
    month       DATE   NOT NULL,
    -- the provider of the marks' timetable slot; 0 for marks in no slot of the timetable
    provider_id BIGINT NOT NULL,
    -- sessions marked present or late
    attended    INT    NOT NULL DEFAULT 0,
    -- sessions marked, less those marked "not expected"
    counted     INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (school_id, month, provider_id),
    CONSTRAINT ck_tally_month CHECK (DAYOFMONTH(month) = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- one provider's months (the drill-down by school)
CREATE INDEX ix_tally_provider ON attendance_tally (provider_id, school_id, month);

INSERT INTO attendance_tally (school_id, month, provider_id, attended, counted)
SELECT m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01'), COALESCE(s.provider_id, 0),
       SUM(m.mark IN ('PRESENT', 'LATE')), SUM(m.mark <> 'NOT_EXPECTED')
FROM attendance_mark m
LEFT JOIN placement_session s ON s.placement_id = m.placement_id AND s.session = m.session
     AND s.day_of_week = ELT(WEEKDAY(m.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
GROUP BY m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01'), COALESCE(s.provider_id, 0);

-- One mark counted in (sign 1) or out (sign -1), to the provider of its timetable slot (the key makes it
-- one slot at most). One row VALUES, not INSERT ... SELECT: run from a trigger for every mark of a bulk
-- load, the latter cost milliseconds a row.
-- (Parameters take the schema's default collation; compared with columns, they are given the tables'.)
CREATE PROCEDURE attendance_tally_mark(IN in_school BIGINT, IN in_placement BIGINT, IN in_on DATE,
        IN in_session VARCHAR(2) CHARACTER SET utf8mb4, IN in_mark VARCHAR(30) CHARACTER SET utf8mb4, IN in_sign INT)
    INSERT INTO attendance_tally (school_id, month, provider_id, attended, counted)
    VALUES (in_school, DATE_FORMAT(in_on, '%Y-%m-01'),
            COALESCE((SELECT s.provider_id FROM placement_session s
                      WHERE s.placement_id = in_placement AND s.session = in_session COLLATE utf8mb4_unicode_ci
                        AND s.day_of_week = ELT(WEEKDAY(in_on) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')), 0),
            in_sign * (in_mark IN ('PRESENT', 'LATE')), in_sign * (in_mark <> 'NOT_EXPECTED'))
    ON DUPLICATE KEY UPDATE attended = attended + VALUES(attended), counted = counted + VALUES(counted);

-- One timetable slot added (sign 1) or removed (sign -1): every mark of its placement on that weekday and
-- session moves from "no slot" (provider 0) to its provider, or back. Most slots are written before their
-- placement has any mark (a new placement, a bulk load), so the grouped INSERT ... SELECT, which costs
-- milliseconds from a trigger, runs only when there is a mark to move.
DELIMITER //
CREATE PROCEDURE attendance_tally_slot(IN in_placement BIGINT, IN in_day VARCHAR(9) CHARACTER SET utf8mb4,
        IN in_session VARCHAR(2) CHARACTER SET utf8mb4, IN in_provider BIGINT, IN in_sign INT)
BEGIN
    IF EXISTS (SELECT 1 FROM attendance_mark WHERE placement_id = in_placement) THEN
        INSERT INTO attendance_tally (school_id, month, provider_id, attended, counted)
        SELECT m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01') AS month, x.provider_id,
               x.sign * SUM(m.mark IN ('PRESENT', 'LATE')) AS a, x.sign * SUM(m.mark <> 'NOT_EXPECTED') AS c
        FROM attendance_mark m
        JOIN (SELECT in_provider AS provider_id, in_sign AS sign UNION ALL SELECT 0, -in_sign) x
        WHERE m.placement_id = in_placement AND m.session = in_session COLLATE utf8mb4_unicode_ci
          AND ELT(WEEKDAY(m.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
              = in_day COLLATE utf8mb4_unicode_ci
        GROUP BY m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01'), x.provider_id, x.sign
        ON DUPLICATE KEY UPDATE attended = attended + VALUES(attended), counted = counted + VALUES(counted);
    END IF;
END//
DELIMITER ;

-- a changed mark or slot is counted out as it was, then in as it is
CREATE TRIGGER attendance_tally_mark_insert AFTER INSERT ON attendance_mark FOR EACH ROW
    CALL attendance_tally_mark(NEW.school_id, NEW.placement_id, NEW.on_date, NEW.session, NEW.mark, 1);
CREATE TRIGGER attendance_tally_mark_delete AFTER DELETE ON attendance_mark FOR EACH ROW
    CALL attendance_tally_mark(OLD.school_id, OLD.placement_id, OLD.on_date, OLD.session, OLD.mark, -1);
CREATE TRIGGER attendance_tally_mark_update_old AFTER UPDATE ON attendance_mark FOR EACH ROW
    CALL attendance_tally_mark(OLD.school_id, OLD.placement_id, OLD.on_date, OLD.session, OLD.mark, -1);
CREATE TRIGGER attendance_tally_mark_update_new AFTER UPDATE ON attendance_mark FOR EACH ROW
    CALL attendance_tally_mark(NEW.school_id, NEW.placement_id, NEW.on_date, NEW.session, NEW.mark, 1);

CREATE TRIGGER attendance_tally_session_insert AFTER INSERT ON placement_session FOR EACH ROW
    CALL attendance_tally_slot(NEW.placement_id, NEW.day_of_week, NEW.session, NEW.provider_id, 1);
CREATE TRIGGER attendance_tally_session_delete AFTER DELETE ON placement_session FOR EACH ROW
    CALL attendance_tally_slot(OLD.placement_id, OLD.day_of_week, OLD.session, OLD.provider_id, -1);
CREATE TRIGGER attendance_tally_session_update_old AFTER UPDATE ON placement_session FOR EACH ROW
    CALL attendance_tally_slot(OLD.placement_id, OLD.day_of_week, OLD.session, OLD.provider_id, -1);
CREATE TRIGGER attendance_tally_session_update_new AFTER UPDATE ON placement_session FOR EACH ROW
    CALL attendance_tally_slot(NEW.placement_id, NEW.day_of_week, NEW.session, NEW.provider_id, 1);
