-- The dashboard's queries (issue 8): what waits for a school, and which providers each school uses.

-- audits of one school in one state: waiting for the DSL's confirmation, the SLT's decision, drafts
CREATE INDEX ix_audit_school_state ON audit (school_id, state);

-- the providers each school has visited, and each school's latest submitted visit per provider (cadence by school)
CREATE INDEX ix_visit_trust_school_provider ON visit (trust_id, school_id, provider_id, status, visited_at);
