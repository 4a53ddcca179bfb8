-- Issue 12 (speed of /compare), second part.
--
-- 1. Bulk loads. The attendance tally's triggers (V32) count every mark and timetable slot as it is
--    written: right for the application, far too slow for a bulk load of a million marks (the
--    benchmark's history). A session that sets @apassure_bulk_load = 1 writes without them and then
--    rebuilds the tally with attendance_tally_rebuild() (one INSERT ... SELECT, the same count as V32's
--    first fill; AttendanceTallyTest checks it against the marks). Nothing in the application sets it.
DROP TRIGGER attendance_tally_mark_insert;
DROP TRIGGER attendance_tally_mark_delete;
DROP TRIGGER attendance_tally_mark_update_old;
DROP TRIGGER attendance_tally_mark_update_new;
DROP TRIGGER attendance_tally_session_insert;
DROP TRIGGER attendance_tally_session_delete;
DROP TRIGGER attendance_tally_session_update_old;
DROP TRIGGER attendance_tally_session_update_new;

DELIMITER //
CREATE TRIGGER attendance_tally_mark_insert AFTER INSERT ON attendance_mark FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL THEN
        CALL attendance_tally_mark(NEW.school_id, NEW.placement_id, NEW.on_date, NEW.session, NEW.mark, 1);
    END IF;
END//
CREATE TRIGGER attendance_tally_mark_delete AFTER DELETE ON attendance_mark FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL THEN
        CALL attendance_tally_mark(OLD.school_id, OLD.placement_id, OLD.on_date, OLD.session, OLD.mark, -1);
    END IF;
END//
-- a changed mark or slot is counted out as it was, then in as it is
CREATE TRIGGER attendance_tally_mark_update AFTER UPDATE ON attendance_mark FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL THEN
        CALL attendance_tally_mark(OLD.school_id, OLD.placement_id, OLD.on_date, OLD.session, OLD.mark, -1);
        CALL attendance_tally_mark(NEW.school_id, NEW.placement_id, NEW.on_date, NEW.session, NEW.mark, 1);
    END IF;
END//
CREATE TRIGGER attendance_tally_session_insert AFTER INSERT ON placement_session FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL THEN
        CALL attendance_tally_slot(NEW.placement_id, NEW.day_of_week, NEW.session, NEW.provider_id, 1);
    END IF;
END//
CREATE TRIGGER attendance_tally_session_delete AFTER DELETE ON placement_session FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL THEN
        CALL attendance_tally_slot(OLD.placement_id, OLD.day_of_week, OLD.session, OLD.provider_id, -1);
    END IF;
END//
CREATE TRIGGER attendance_tally_session_update AFTER UPDATE ON placement_session FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL THEN
        CALL attendance_tally_slot(OLD.placement_id, OLD.day_of_week, OLD.session, OLD.provider_id, -1);
        CALL attendance_tally_slot(NEW.placement_id, NEW.day_of_week, NEW.session, NEW.provider_id, 1);
    END IF;
END//

-- The tally counted afresh from the marks and timetables (after a bulk load; the same count as V32's first fill).
CREATE PROCEDURE attendance_tally_rebuild()
BEGIN
    DELETE FROM attendance_tally;
    INSERT INTO attendance_tally (school_id, month, provider_id, attended, counted)
    SELECT m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01'), COALESCE(s.provider_id, 0),
           SUM(m.mark IN ('PRESENT', 'LATE')), SUM(m.mark <> 'NOT_EXPECTED')
    FROM attendance_mark m
    LEFT JOIN placement_session s ON s.placement_id = m.placement_id AND s.session = m.session
         AND s.day_of_week = ELT(WEEKDAY(m.on_date) + 1, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')
    GROUP BY m.school_id, DATE_FORMAT(m.on_date, '%Y-%m-01'), COALESCE(s.provider_id, 0);
END//
DELIMITER ;

-- 2. Reviews owed and held (001 §8.3): one row for every half-term of a placement's school that the
--    placement (not a proposal) spans from its first day to its last, saying whether a signed review
--    was held inside it. /compare counts the rows of the period's half-terms that ended before today,
--    a range of one index, instead of joining every placement to its school's half-terms and looking
--    for a review in each (most of the five-year grid's time). Kept by triggers as placements (dates,
--    status, school), signed reviews and school calendars are written; skipped in a bulk load, which
--    calls review_owed_rebuild() afterwards. ReviewOwedTest checks the rows against a fresh count.
CREATE TABLE review_owed (
    placement_id BIGINT  NOT NULL,
    year_id      BIGINT  NOT NULL,
    position     INT     NOT NULL,
    school_id    BIGINT  NOT NULL,
    ends_on      DATE    NOT NULL,
    -- a signed review was held inside the half-term
    held         TINYINT NOT NULL,
    PRIMARY KEY (placement_id, year_id, position),
    KEY ix_review_owed_half_term (year_id, position),
    KEY ix_review_owed_school (school_id, ends_on, placement_id, held)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER //
-- The rows of one placement, as it is now (its values passed in: a trigger on placement does not read it again).
CREATE PROCEDURE review_owed_placement(IN in_placement BIGINT, IN in_school BIGINT,
        IN in_status VARCHAR(20) CHARACTER SET utf8mb4, IN in_starts DATE, IN in_ends DATE)
BEGIN
    DELETE FROM review_owed WHERE placement_id = in_placement;
    IF in_status IS NOT NULL AND in_status <> 'PROPOSED' THEN
        INSERT INTO review_owed (placement_id, year_id, position, school_id, ends_on, held)
        SELECT in_placement, h.year_id, h.position, in_school, h.ends_on,
               EXISTS (SELECT 1 FROM placement_review r WHERE r.placement_id = in_placement AND r.status = 'SIGNED'
                       AND r.held_on BETWEEN h.starts_on AND h.ends_on)
        FROM school_year y JOIN school_half_term h ON h.year_id = y.id
        WHERE y.school_id = in_school AND h.starts_on >= in_starts AND (in_ends IS NULL OR h.ends_on <= in_ends);
    END IF;
END//

-- The rows of one half-term (its values passed in), for every placement of its school that spans it.
CREATE PROCEDURE review_owed_half_term(IN in_year BIGINT, IN in_position INT, IN in_starts DATE, IN in_ends DATE)
BEGIN
    DELETE FROM review_owed WHERE year_id = in_year AND position = in_position;
    IF in_starts IS NOT NULL THEN
        INSERT INTO review_owed (placement_id, year_id, position, school_id, ends_on, held)
        SELECT p.id, in_year, in_position, p.school_id, in_ends,
               EXISTS (SELECT 1 FROM placement_review r WHERE r.placement_id = p.id AND r.status = 'SIGNED'
                       AND r.held_on BETWEEN in_starts AND in_ends)
        FROM school_year y JOIN placement p ON p.school_id = y.school_id
        WHERE y.id = in_year AND p.status <> 'PROPOSED' AND p.starts_on <= in_starts
          AND (p.ends_on IS NULL OR p.ends_on >= in_ends);
    END IF;
END//

-- Whether each of one placement's half-terms had a signed review, after its reviews changed.
CREATE PROCEDURE review_owed_held(IN in_placement BIGINT)
    UPDATE review_owed o JOIN school_half_term h ON h.year_id = o.year_id AND h.position = o.position
    SET o.held = EXISTS (SELECT 1 FROM placement_review r WHERE r.placement_id = in_placement AND r.status = 'SIGNED'
                         AND r.held_on BETWEEN h.starts_on AND h.ends_on)
    WHERE o.placement_id = in_placement//

-- Every row counted afresh (after a bulk load; ReviewOwedTest compares the kept rows with it).
CREATE PROCEDURE review_owed_rebuild()
BEGIN
    DELETE FROM review_owed;
    INSERT INTO review_owed (placement_id, year_id, position, school_id, ends_on, held)
    SELECT p.id, h.year_id, h.position, p.school_id, h.ends_on,
           EXISTS (SELECT 1 FROM placement_review r WHERE r.placement_id = p.id AND r.status = 'SIGNED'
                   AND r.held_on BETWEEN h.starts_on AND h.ends_on)
    FROM placement p
    JOIN school_year y ON y.school_id = p.school_id
    JOIN school_half_term h ON h.year_id = y.id
    WHERE p.status <> 'PROPOSED' AND p.starts_on <= h.starts_on AND (p.ends_on IS NULL OR p.ends_on >= h.ends_on);
END//

CREATE TRIGGER review_owed_placement_insert AFTER INSERT ON placement FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL THEN
        CALL review_owed_placement(NEW.id, NEW.school_id, NEW.status, NEW.starts_on, NEW.ends_on);
    END IF;
END//
CREATE TRIGGER review_owed_placement_update AFTER UPDATE ON placement FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL AND NOT (NEW.status <=> OLD.status AND NEW.starts_on <=> OLD.starts_on
            AND NEW.ends_on <=> OLD.ends_on AND NEW.school_id <=> OLD.school_id) THEN
        CALL review_owed_placement(NEW.id, NEW.school_id, NEW.status, NEW.starts_on, NEW.ends_on);
    END IF;
END//
CREATE TRIGGER review_owed_placement_delete AFTER DELETE ON placement FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL THEN
        DELETE FROM review_owed WHERE placement_id = OLD.id;
    END IF;
END//

CREATE TRIGGER review_owed_review_insert AFTER INSERT ON placement_review FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL AND NEW.status = 'SIGNED' THEN
        CALL review_owed_held(NEW.placement_id);
    END IF;
END//
CREATE TRIGGER review_owed_review_update AFTER UPDATE ON placement_review FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL AND NOT (NEW.status <=> OLD.status AND NEW.held_on <=> OLD.held_on
            AND NEW.placement_id <=> OLD.placement_id) THEN
        CALL review_owed_held(NEW.placement_id);
        IF NEW.placement_id <> OLD.placement_id THEN
            CALL review_owed_held(OLD.placement_id);
        END IF;
    END IF;
END//
CREATE TRIGGER review_owed_review_delete AFTER DELETE ON placement_review FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL AND OLD.status = 'SIGNED' THEN
        CALL review_owed_held(OLD.placement_id);
    END IF;
END//

CREATE TRIGGER review_owed_half_term_insert AFTER INSERT ON school_half_term FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL THEN
        CALL review_owed_half_term(NEW.year_id, NEW.position, NEW.starts_on, NEW.ends_on);
    END IF;
END//
CREATE TRIGGER review_owed_half_term_update AFTER UPDATE ON school_half_term FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL THEN
        CALL review_owed_half_term(OLD.year_id, OLD.position, NULL, NULL);
        CALL review_owed_half_term(NEW.year_id, NEW.position, NEW.starts_on, NEW.ends_on);
    END IF;
END//
CREATE TRIGGER review_owed_half_term_delete AFTER DELETE ON school_half_term FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL THEN
        CALL review_owed_half_term(OLD.year_id, OLD.position, NULL, NULL);
    END IF;
END//
-- a year's half-terms go with it by a foreign-key cascade, which fires no trigger
CREATE TRIGGER review_owed_year_delete BEFORE DELETE ON school_year FOR EACH ROW
BEGIN
    IF @apassure_bulk_load IS NULL THEN
        DELETE FROM review_owed WHERE year_id = OLD.id;
    END IF;
END//
DELIMITER ;

CALL review_owed_rebuild();

-- 3. The tally's months summed by school and provider in the index's order (no temporary table).
CREATE INDEX ix_tally_school_provider ON attendance_tally (school_id, provider_id, month, attended, counted);
