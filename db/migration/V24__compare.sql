-- /compare: the trust's providers side by side, every measure aggregated in MariaDB.

-- Outcomes: how many qualifications a pupil gained at the placement, recorded when it ends or is
-- reintegrated (NULL while unknown). Nothing else in the schema held it.
ALTER TABLE placement
    ADD COLUMN qualifications_gained INT NULL,
    ADD CONSTRAINT ck_placement_qualifications CHECK (qualifications_gained IS NULL
        OR qualifications_gained BETWEEN 0 AND 30);

-- attendance per provider over a period: marks of a school by date, with what the join and the
-- count need, so the marks are read from the index alone
CREATE INDEX ix_mark_compare ON attendance_mark (school_id, on_date, placement_id, session, mark);

-- safeguarding concerns by the visit they were raised on (open / last 12 months)
CREATE INDEX ix_concern_visit_raised ON safeguarding_concern (visit_id, raised_at, closed_at);

-- a placement's sessions by placement, with the provider (placement-provider pairs of a period)
CREATE INDEX ix_session_placement_provider ON placement_session (placement_id, provider_id);

-- renewals overdue: evidence expiry of one audit
CREATE INDEX ix_audit_item_audit_expires ON audit_item (audit_id, expires_on);
