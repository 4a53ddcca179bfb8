-- Issue 12 (speed of /compare): attendance counted per school, provider and calendar month, kept
-- as marks and timetables are written, so the comparison reads a few rows a month instead of every
-- mark of five years. A mark belongs to the provider whose timetable slot (day and AM/PM) it was,
-- as /compare has always counted it; a mark in no slot of the timetable counts nowhere. Triggers
-- keep the table right whoever writes (the application, fixtures, bulk SQL): a mark written,
-- changed or deleted, and a timetable slot added, moved to another provider or removed (its marks
-- move with it). Deleting a placement removes its slots by a foreign-key cascade, which fires no
-- trigger; a placement with marks cannot be deleted (fk_mark_placement), so no count is left behind.
CREATE TABLE attendance_tally (
    school_id   BIGINT NOT NULL,
    month       DATE   NOT NULL,
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
SELECT m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01'), s.provider_id,
       SUM(m.mark IN ('PRESENT', 'LATE')), SUM(m.mark <> 'NOT_EXPECTED')
FROM attendance_mark m
JOIN placement_session s ON s.placement_id = m.placement_id AND s.session = m.session
     AND s.day_of_week = ELT(WEEKDAY(m.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
GROUP BY m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01'), s.provider_id;

-- a mark: its slot's provider gains it, or loses it; a changed mark is taken out as it was and put back as it is
CREATE TRIGGER attendance_tally_mark_insert AFTER INSERT ON attendance_mark FOR EACH ROW
    INSERT INTO attendance_tally (school_id, month, provider_id, attended, counted)
    SELECT NEW.school_id, DATE_FORMAT(NEW.on_date, '%Y-%m-01'), s.provider_id,
           NEW.mark IN ('PRESENT', 'LATE'), NEW.mark <> 'NOT_EXPECTED'
    FROM placement_session s
    WHERE s.placement_id = NEW.placement_id AND s.session = NEW.session
      AND s.day_of_week = ELT(WEEKDAY(NEW.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
    ON DUPLICATE KEY UPDATE attended = attended + VALUES(attended), counted = counted + VALUES(counted);

CREATE TRIGGER attendance_tally_mark_delete AFTER DELETE ON attendance_mark FOR EACH ROW
    UPDATE attendance_tally t
    JOIN placement_session s ON s.placement_id = OLD.placement_id AND s.session = OLD.session
         AND s.day_of_week = ELT(WEEKDAY(OLD.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
    SET t.attended = t.attended - (OLD.mark IN ('PRESENT', 'LATE')),
        t.counted = t.counted - (OLD.mark <> 'NOT_EXPECTED')
    WHERE t.school_id = OLD.school_id AND t.month = DATE_FORMAT(OLD.on_date, '%Y-%m-01')
      AND t.provider_id = s.provider_id;

CREATE TRIGGER attendance_tally_mark_update_old AFTER UPDATE ON attendance_mark FOR EACH ROW
    UPDATE attendance_tally t
    JOIN placement_session s ON s.placement_id = OLD.placement_id AND s.session = OLD.session
         AND s.day_of_week = ELT(WEEKDAY(OLD.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
    SET t.attended = t.attended - (OLD.mark IN ('PRESENT', 'LATE')),
        t.counted = t.counted - (OLD.mark <> 'NOT_EXPECTED')
    WHERE t.school_id = OLD.school_id AND t.month = DATE_FORMAT(OLD.on_date, '%Y-%m-01')
      AND t.provider_id = s.provider_id;

CREATE TRIGGER attendance_tally_mark_update_new AFTER UPDATE ON attendance_mark FOR EACH ROW
    INSERT INTO attendance_tally (school_id, month, provider_id, attended, counted)
    SELECT NEW.school_id, DATE_FORMAT(NEW.on_date, '%Y-%m-01'), s.provider_id,
           NEW.mark IN ('PRESENT', 'LATE'), NEW.mark <> 'NOT_EXPECTED'
    FROM placement_session s
    WHERE s.placement_id = NEW.placement_id AND s.session = NEW.session
      AND s.day_of_week = ELT(WEEKDAY(NEW.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
    ON DUPLICATE KEY UPDATE attended = attended + VALUES(attended), counted = counted + VALUES(counted);

-- a timetable slot: the placement's marks of that day and session go to its provider, or leave it
CREATE TRIGGER attendance_tally_session_insert AFTER INSERT ON placement_session FOR EACH ROW
    INSERT INTO attendance_tally (school_id, month, provider_id, attended, counted)
    SELECT m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01') AS month, NEW.provider_id,
           SUM(m.mark IN ('PRESENT', 'LATE')) AS a, SUM(m.mark <> 'NOT_EXPECTED') AS c
    FROM attendance_mark m
    WHERE m.placement_id = NEW.placement_id AND m.session = NEW.session
      AND ELT(WEEKDAY(m.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY') = NEW.day_of_week
    GROUP BY m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01')
    ON DUPLICATE KEY UPDATE attended = attended + VALUES(attended), counted = counted + VALUES(counted);

CREATE TRIGGER attendance_tally_session_delete AFTER DELETE ON placement_session FOR EACH ROW
    UPDATE attendance_tally t
    JOIN (SELECT m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01') AS month,
                 SUM(m.mark IN ('PRESENT', 'LATE')) AS a, SUM(m.mark <> 'NOT_EXPECTED') AS c
          FROM attendance_mark m
          WHERE m.placement_id = OLD.placement_id AND m.session = OLD.session
            AND ELT(WEEKDAY(m.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY') = OLD.day_of_week
          GROUP BY m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01')) g
         ON t.school_id = g.school_id AND t.month = g.month AND t.provider_id = OLD.provider_id
    SET t.attended = t.attended - g.a, t.counted = t.counted - g.c;

CREATE TRIGGER attendance_tally_session_update_old AFTER UPDATE ON placement_session FOR EACH ROW
    UPDATE attendance_tally t
    JOIN (SELECT m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01') AS month,
                 SUM(m.mark IN ('PRESENT', 'LATE')) AS a, SUM(m.mark <> 'NOT_EXPECTED') AS c
          FROM attendance_mark m
          WHERE m.placement_id = OLD.placement_id AND m.session = OLD.session
            AND ELT(WEEKDAY(m.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY') = OLD.day_of_week
          GROUP BY m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01')) g
         ON t.school_id = g.school_id AND t.month = g.month AND t.provider_id = OLD.provider_id
    SET t.attended = t.attended - g.a, t.counted = t.counted - g.c;

CREATE TRIGGER attendance_tally_session_update_new AFTER UPDATE ON placement_session FOR EACH ROW
    INSERT INTO attendance_tally (school_id, month, provider_id, attended, counted)
    SELECT m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01') AS month, NEW.provider_id,
           SUM(m.mark IN ('PRESENT', 'LATE')) AS a, SUM(m.mark <> 'NOT_EXPECTED') AS c
    FROM attendance_mark m
    WHERE m.placement_id = NEW.placement_id AND m.session = NEW.session
      AND ELT(WEEKDAY(m.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY') = NEW.day_of_week
    GROUP BY m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01')
    ON DUPLICATE KEY UPDATE attended = attended + VALUES(attended), counted = counted + VALUES(counted);
