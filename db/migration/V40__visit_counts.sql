-- Issue 14 (speed of /visits over 1,000,000 visits, benchmark.VisitGridBenchmark).
-- How many visits each school has in each status, kept by triggers in the writer's own transaction,
-- whoever writes (the application, fixtures, bulk SQL or the retention job). The visit grid's count
-- with no filter (or one by status or school only) adds these up instead of counting a trust's rows.
CREATE TABLE visit_count (
    school_id BIGINT      NOT NULL,
    status    VARCHAR(20) NOT NULL,
    n         BIGINT      NOT NULL,
    PRIMARY KEY (school_id, status),
    CONSTRAINT ck_visit_count_n CHECK (n >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO visit_count (school_id, status, n)
    SELECT school_id, status, COUNT(*) FROM visit GROUP BY school_id, status;

CREATE TRIGGER visit_count_insert AFTER INSERT ON visit FOR EACH ROW
    INSERT INTO visit_count (school_id, status, n) VALUES (NEW.school_id, NEW.status, 1)
    ON DUPLICATE KEY UPDATE n = n + 1;

CREATE TRIGGER visit_count_delete AFTER DELETE ON visit FOR EACH ROW
    UPDATE visit_count SET n = n - 1 WHERE school_id = OLD.school_id AND status = OLD.status;

DELIMITER //
CREATE TRIGGER visit_count_update AFTER UPDATE ON visit FOR EACH ROW
BEGIN
    IF NOT (NEW.status <=> OLD.status) OR NOT (NEW.school_id <=> OLD.school_id) THEN
        UPDATE visit_count SET n = n - 1 WHERE school_id = OLD.school_id AND status = OLD.status;
        INSERT INTO visit_count (school_id, status, n) VALUES (NEW.school_id, NEW.status, 1)
        ON DUPLICATE KEY UPDATE n = n + 1;
    END IF;
END//
DELIMITER ;

-- a school's member of staff also sees the visits they recorded at another school: whether there are
-- any is read from this index, so their grid can be scoped to their school alone when there are none;
-- it also serves "only visits I recorded", newest first
CREATE INDEX ix_visit_recorded_by_school ON visit (recorded_by_id, school_id, trust_id, visited_at);

-- the type and status filters and the sorts by type, status or who recorded the visit, for the trust
-- (trust-wide roles) and for one school (everyone else): read in index order, newest first within a
-- type (the grid's order goes on with the visit's time and id in the sort's direction), instead of
-- sorting every visit in scope. The school's indexes carry the trust too, which every query of the
-- grid checks, so a count reads the index alone
CREATE INDEX ix_visit_trust_type ON visit (trust_id, type, visited_at);
CREATE INDEX ix_visit_school_type ON visit (school_id, type, trust_id, visited_at);
CREATE INDEX ix_visit_trust_status ON visit (trust_id, status, visited_at);
CREATE INDEX ix_visit_school_status ON visit (school_id, status, trust_id, visited_at);
CREATE INDEX ix_visit_trust_recorder ON visit (trust_id, recorded_by_name, visited_at);
CREATE INDEX ix_visit_school_recorder ON visit (school_id, recorded_by_name, trust_id, visited_at);
