-- Issue 9 (speed): how many placements each school has in each status, kept by triggers in the
-- writer's own transaction, whoever writes (the application, fixtures, bulk SQL or the retention
-- job). The placements grid's unfiltered count (and one filtered by status or school only) and the
-- governors' count tiles add these up instead of counting a trust's 200,000 rows.
CREATE TABLE placement_count (
    school_id BIGINT      NOT NULL,
    status    VARCHAR(20) NOT NULL,
    n         BIGINT      NOT NULL,
    PRIMARY KEY (school_id, status),
    CONSTRAINT ck_placement_count_n CHECK (n >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO placement_count (school_id, status, n)
    SELECT school_id, status, COUNT(*) FROM placement GROUP BY school_id, status;

CREATE TRIGGER placement_count_insert AFTER INSERT ON placement FOR EACH ROW
    INSERT INTO placement_count (school_id, status, n) VALUES (NEW.school_id, NEW.status, 1)
    ON DUPLICATE KEY UPDATE n = n + 1;

CREATE TRIGGER placement_count_delete AFTER DELETE ON placement FOR EACH ROW
    UPDATE placement_count SET n = n - 1 WHERE school_id = OLD.school_id AND status = OLD.status;

DELIMITER //
CREATE TRIGGER placement_count_update AFTER UPDATE ON placement FOR EACH ROW
BEGIN
    IF NOT (NEW.status <=> OLD.status) OR NOT (NEW.school_id <=> OLD.school_id) THEN
        UPDATE placement_count SET n = n - 1 WHERE school_id = OLD.school_id AND status = OLD.status;
        INSERT INTO placement_count (school_id, status, n) VALUES (NEW.school_id, NEW.status, 1)
        ON DUPLICATE KEY UPDATE n = n + 1;
    END IF;
END//
DELIMITER ;
