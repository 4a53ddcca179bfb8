-- Issue 9 (speed): the registration trigger's per-provider full-time counts are cached in the
-- application and recounted only when something they depend on has changed. Every write that can
-- change them (a placement's status, school or pupil; any session of a timetable; a pupil's SEN,
-- looked-after status or year group) takes a fresh number from a sequence, in the writer's own
-- transaction, whoever writes (the application, fixtures or bulk SQL). A sequence never hands a
-- number out twice, even when the transaction rolls back, so a cached count labelled with a number
-- is never mistaken for another state of the data.
CREATE SEQUENCE full_time_change_seq START WITH 1 INCREMENT BY 1 NOCACHE;

CREATE TABLE full_time_change (
    id TINYINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO full_time_change (id, version) VALUES (1, NEXTVAL(full_time_change_seq));

CREATE TRIGGER full_time_session_insert AFTER INSERT ON placement_session FOR EACH ROW
    UPDATE full_time_change SET version = NEXTVAL(full_time_change_seq) WHERE id = 1;

CREATE TRIGGER full_time_session_update AFTER UPDATE ON placement_session FOR EACH ROW
    UPDATE full_time_change SET version = NEXTVAL(full_time_change_seq) WHERE id = 1;

CREATE TRIGGER full_time_session_delete AFTER DELETE ON placement_session FOR EACH ROW
    UPDATE full_time_change SET version = NEXTVAL(full_time_change_seq) WHERE id = 1;

CREATE TRIGGER full_time_placement_update AFTER UPDATE ON placement FOR EACH ROW
    UPDATE full_time_change SET version = NEXTVAL(full_time_change_seq)
    WHERE id = 1 AND (NOT (NEW.status <=> OLD.status) OR NOT (NEW.school_id <=> OLD.school_id)
                      OR NOT (NEW.pupil_id <=> OLD.pupil_id));

-- sessions go with their placement by a foreign-key cascade, which fires no trigger of their own
CREATE TRIGGER full_time_placement_delete AFTER DELETE ON placement FOR EACH ROW
    UPDATE full_time_change SET version = NEXTVAL(full_time_change_seq) WHERE id = 1;

CREATE TRIGGER full_time_pupil_update AFTER UPDATE ON pupil FOR EACH ROW
    UPDATE full_time_change SET version = NEXTVAL(full_time_change_seq)
    WHERE id = 1 AND (NOT (NEW.sen <=> OLD.sen) OR NOT (NEW.looked_after <=> OLD.looked_after)
                      OR NOT (NEW.year_group <=> OLD.year_group));
