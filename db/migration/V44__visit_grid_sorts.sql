-- Issue 14 (speed of /visits over 1,000,000 visits, benchmark.VisitGridBenchmark), second round.
--
-- The grid's sorts by provider and by school sorted every visit in scope with a joined name (23 s
-- for a school of 250,000 visits, over a minute for a trust of 1,000,000). The visit now keeps its
-- provider's and school's names, so those sorts are read in index order and the grid's rows need no
-- join at all (the join also led the optimizer to start from the schools and sort every matching
-- visit, e.g. 200,000 home visits for the trust lead). The application writes them when a visit
-- starts; triggers on provider and school rename them, whoever renames.
--
-- No BEFORE trigger on visit: with any BEFORE trigger on the table (even one for UPDATE), MariaDB
-- 11.4.5 fails a multi-row INSERT ... SELECT into it with "Column 'trust_id' cannot be null" from
-- the second row on (single rows and multi-row VALUES work). VisitGridColumnsTest keeps such an
-- insert working.
ALTER TABLE visit
    ADD COLUMN provider_name VARCHAR(200) NOT NULL DEFAULT '',
    ADD COLUMN school_name   VARCHAR(200) NOT NULL DEFAULT '',
    -- "a concern in any area", the judgement filter that matters for safeguarding, from an index
    -- instead of reading every visit in scope (an OR over five columns has no index)
    ADD COLUMN any_concern BOOLEAN AS (COALESCE(judgement_safeguarding = 'CONCERN', FALSE)
        OR COALESCE(judgement_teaching = 'CONCERN', FALSE) OR COALESCE(judgement_behaviour = 'CONCERN', FALSE)
        OR COALESCE(judgement_attendance = 'CONCERN', FALSE)
        OR COALESCE(judgement_site_safety = 'CONCERN', FALSE)) PERSISTENT;

UPDATE visit v JOIN provider p ON p.id = v.provider_id JOIN school s ON s.id = v.school_id
    SET v.provider_name = p.name, v.school_name = s.name;

DELIMITER //
CREATE TRIGGER visit_provider_renamed AFTER UPDATE ON provider FOR EACH ROW
BEGIN
    IF NOT (NEW.name <=> OLD.name) THEN
        UPDATE visit SET provider_name = NEW.name WHERE provider_id = NEW.id;
    END IF;
END//

CREATE TRIGGER visit_school_renamed AFTER UPDATE ON school FOR EACH ROW
BEGIN
    IF NOT (NEW.name <=> OLD.name) THEN
        UPDATE visit SET school_name = NEW.name WHERE school_id = NEW.id;
    END IF;
END//
DELIMITER ;

-- the sorts by provider (trust and school) and by school (trust; within one school that sort is the
-- time's), newest first within a name
CREATE INDEX ix_visit_trust_provider_name ON visit (trust_id, provider_name, visited_at);
CREATE INDEX ix_visit_school_provider_name ON visit (school_id, provider_name, trust_id, visited_at);
CREATE INDEX ix_visit_trust_school_name ON visit (trust_id, school_name, visited_at);

-- "a concern in any area", for the trust and for one school
CREATE INDEX ix_visit_trust_concern ON visit (trust_id, any_concern, visited_at);
CREATE INDEX ix_visit_school_concern ON visit (school_id, any_concern, trust_id, visited_at);

-- the governors' counts (submitted visits of the last twelve months by type) read from the index
-- alone: the status indexes carry the type, after the id, so that the sort by status (status, time,
-- id) is still the index's order (with the type before the id, the whole run of 1 December sorted
-- every visit in scope: 2.9 s and 6.2 s)
DROP INDEX ix_visit_trust_status ON visit;
DROP INDEX ix_visit_school_status ON visit;
CREATE INDEX ix_visit_trust_status ON visit (trust_id, status, visited_at, id, type);
CREATE INDEX ix_visit_school_status ON visit (school_id, status, trust_id, visited_at, id, type);
