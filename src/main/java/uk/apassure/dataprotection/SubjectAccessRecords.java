package uk.apassure.dataprotection;

import java.util.List;

/**
 * What a subject access export holds on one pupil: one kind of record per CSV file and PDF section,
 * each read with one SQL statement whose only parameter is the pupil's id. Every column is exported
 * (the pupil has a right to all of it), except internal version counters and computed columns.
 */
final class SubjectAccessRecords {

    /** A kind of record: its file name (without .csv), its heading, and the statement that reads it. */
    record Kind(String file, String title, String sql) {}

    /** The pupil's placements, by id: the child tables below hang off them. */
    private static final String PLACEMENTS = "SELECT id FROM placement WHERE pupil_id = ?";

    static final List<Kind> KINDS = List.of(
            new Kind("pupil", "Pupil record",
                    "SELECT id, school_id, first_name, last_name, upn, date_of_birth, year_group, sen, looked_after,"
                            + " social_worker, free_school_meals FROM pupil WHERE id = ?"),
            // the placement itself, without the parental notice (its own file below)
            new Kind("placements", "Placements",
                    "SELECT id, school_id, type, status, starts_on, ends_on, aims, planned_outcomes, cost_per_session,"
                            + " dual_registration, la_informed_on, destination, qualifications_gained, created_by,"
                            + " created_at FROM placement WHERE pupil_id = ? ORDER BY starts_on, id"),
            // the weekly timetable, with the provider and site names rather than bare ids
            new Kind("timetables", "Timetables",
                    "SELECT s.placement_id, s.day_of_week, s.session, pr.name AS provider, si.name AS site, s.starts_at,"
                            + " s.ends_at FROM placement_session s JOIN provider pr ON pr.id = s.provider_id"
                            + " JOIN provider_site si ON si.id = s.site_id WHERE s.placement_id IN (" + PLACEMENTS + ")"
                            + " ORDER BY s.placement_id, FIELD(s.day_of_week, 'MONDAY', 'TUESDAY', 'WEDNESDAY',"
                            + " 'THURSDAY', 'FRIDAY'), s.session"),
            new Kind("agreement", "Commissioning agreement confirmations",
                    "SELECT placement_id, item, confirmed_by, confirmed_at FROM placement_agreement"
                            + " WHERE placement_id IN (" + PLACEMENTS + ") ORDER BY placement_id, confirmed_at"),
            new Kind("status_changes", "Status changes",
                    "SELECT placement_id, from_status, to_status, reason, changed_by, changed_at"
                            + " FROM placement_status_change WHERE placement_id IN (" + PLACEMENTS + ")"
                            + " ORDER BY changed_at, id"),
            new Kind("placement_changes", "Changes to placement terms",
                    "SELECT placement_id, what, reason, changed_by, changed_at FROM placement_change"
                            + " WHERE placement_id IN (" + PLACEMENTS + ") ORDER BY changed_at, id"),
            new Kind("notices", "Parental notices",
                    "SELECT id AS placement_id, notice_due_by, notice_sent_on, notice_reason, notice_school_contact,"
                            + " notice_absence_contact, notice_travel, notice_kit FROM placement WHERE pupil_id = ?"
                            + " ORDER BY starts_on, id"),
            new Kind("reviews", "Placement reviews",
                    "SELECT * FROM placement_review WHERE placement_id IN (" + PLACEMENTS + ") ORDER BY id"),
            new Kind("review_attendees", "Review attendees",
                    "SELECT a.* FROM placement_review_attendee a JOIN placement_review r ON r.id = a.review_id"
                            + " WHERE r.placement_id IN (" + PLACEMENTS + ") ORDER BY a.review_id"),
            new Kind("review_outcomes", "Review outcomes",
                    "SELECT o.* FROM placement_review_outcome o JOIN placement_review r ON r.id = o.review_id"
                            + " WHERE r.placement_id IN (" + PLACEMENTS + ") ORDER BY o.review_id"),
            new Kind("review_amendments", "Review amendments",
                    "SELECT m.* FROM placement_review_amendment m JOIN placement_review r ON r.id = m.review_id"
                            + " WHERE r.placement_id IN (" + PLACEMENTS + ") ORDER BY m.review_id, m.id"),
            new Kind("attendance_marks", "Attendance marks",
                    "SELECT * FROM attendance_mark WHERE placement_id IN (" + PLACEMENTS + ")"
                            + " ORDER BY on_date, session"),
            new Kind("attendance_follow_ups", "Attendance follow-ups",
                    "SELECT * FROM attendance_follow_up WHERE placement_id IN (" + PLACEMENTS + ") ORDER BY id"),
            new Kind("suspensions", "Suspensions",
                    "SELECT * FROM suspension WHERE pupil_id = ? ORDER BY first_day, id"),
            new Kind("risk_assessments", "Pupil risk assessments",
                    "SELECT id, placement_id, version_no, status, drafted_by_name, updated_at, approved_by_name,"
                            + " approved_on, last_reviewed_on, review_due_on, review_needed_reason FROM pupil_risk_assessment WHERE placement_id IN (" + PLACEMENTS + ")"
                            + " ORDER BY placement_id, version_no"),
            new Kind("risk_items", "Pupil risk assessment lines",
                    "SELECT i.* FROM pupil_risk_item i JOIN pupil_risk_assessment a ON a.id = i.assessment_id"
                            + " WHERE a.placement_id IN (" + PLACEMENTS + ") ORDER BY i.assessment_id"),
            new Kind("risk_reviews", "Pupil risk assessment reviews",
                    "SELECT * FROM pupil_risk_review WHERE placement_id IN (" + PLACEMENTS + ") ORDER BY id"));

    private SubjectAccessRecords() {}
}
