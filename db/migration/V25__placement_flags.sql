-- The placements grid's "review overdue" flag (issue 9): the first day on which the placement is
-- overdue for a review if none is held before then (the day after the half-term or term that owes
-- it ends, review.ReviewSchedule). The school calendar cannot be joined in SQL and reviews depend on
-- placements, not the other way, so the review package writes it (placement.ReviewDeadlines) when a
-- placement is started, edited or ended, when a review is signed off or amended, and when the
-- school's calendar changes; NULL when nothing is owed (not active, no calendar). So the flag is one
-- range condition, review_overdue_from <= today, that an index answers, as notice_late_from is.
ALTER TABLE placement ADD COLUMN review_overdue_from DATE NULL AFTER notice_late_from;

CREATE INDEX ix_placement_school_review_overdue ON placement (school_id, review_overdue_from, starts_on);
