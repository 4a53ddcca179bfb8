package uk.apassure.security;

import java.util.Set;

/**
 * The roles of DESIGN.md. A user has one or more; each role grants a set of permissions, checked
 * in services with {@link AccessGuard} and on routes with {@link RequiresPermission}: views and
 * services ask for the same permissions, and only this enum says which role has them.
 */
public enum Role {
    AP_LEAD("AP lead", Set.of(Permission.PROVIDER_READ, Permission.PROVIDER_EDIT, Permission.SCHOOL_READ,
            Permission.AUDIT_READ,
            Permission.VISIT_READ, Permission.VISIT_RECORD, Permission.VISIT_COUNT, Permission.AUDIT_EDIT,
            Permission.AUDIT_SUBMIT,
            Permission.PLACEMENT_READ, Permission.PLACEMENT_EDIT, Permission.PLACEMENT_COUNT,
            Permission.SUSPENSION_READ, Permission.SUSPENSION_RECORD,
            Permission.REVIEW_READ, Permission.REVIEW_DRAFT,
            Permission.ATTENDANCE_READ, Permission.ATTENDANCE_MARK,
            Permission.PUPIL_RISK_READ, Permission.PUPIL_RISK_EDIT, Permission.REMINDER_READ,
            Permission.RENEWAL_READ, Permission.RENEWAL_RENEW, Permission.RENEWAL_COUNT, Permission.RISK_ASSESS)),
    VISITOR("Visiting staff", Set.of(Permission.PROVIDER_READ, Permission.SCHOOL_READ, Permission.AUDIT_READ,
            Permission.VISIT_READ, Permission.VISIT_RECORD, Permission.VISIT_COUNT,
            Permission.PLACEMENT_READ, Permission.PLACEMENT_COUNT,
            Permission.PUPIL_RISK_READ)),
    DSL("Designated safeguarding lead", Set.of(Permission.PROVIDER_READ, Permission.PROVIDER_EDIT, Permission.SCHOOL_READ,
            Permission.AUDIT_READ,
            Permission.VISIT_READ, Permission.VISIT_RECORD, Permission.VISIT_COUNT, Permission.CONCERN_READ,
            Permission.CONCERN_CLOSE, Permission.AUDIT_EDIT, Permission.AUDIT_SAFEGUARDING,
            Permission.PLACEMENT_READ, Permission.PLACEMENT_COUNT,
            Permission.SUSPENSION_READ,
            Permission.REVIEW_READ, Permission.REVIEW_DRAFT,
            Permission.ATTENDANCE_READ, Permission.ATTENDANCE_MARK,
            Permission.PUPIL_RISK_READ, Permission.PUPIL_RISK_EDIT, Permission.PUPIL_RISK_APPROVE,
            Permission.RENEWAL_READ, Permission.RENEWAL_RENEW, Permission.RENEWAL_COUNT, Permission.RISK_ASSESS,
            Permission.SUBJECT_ACCESS_EXPORT)),
    SLT("Senior leadership", Set.of(Permission.PROVIDER_READ, Permission.PROVIDER_EDIT, Permission.PROVIDER_STATUS,
            Permission.AUDIT_READ,
            Permission.SCHOOL_READ, Permission.VISIT_READ, Permission.VISIT_RECORD, Permission.VISIT_COUNT,
            Permission.AUDIT_EDIT, Permission.AUDIT_DECIDE,
            Permission.PLACEMENT_READ, Permission.PLACEMENT_EDIT, Permission.PLACEMENT_STATUS, Permission.PLACEMENT_COUNT,
            Permission.SUSPENSION_READ, Permission.SUSPENSION_RECORD, Permission.PLACEMENT_OFSTED_LIST,
            Permission.REVIEW_READ, Permission.REVIEW_DRAFT, Permission.REVIEW_SIGN,
            Permission.ATTENDANCE_READ, Permission.ATTENDANCE_MARK,
            Permission.PUPIL_RISK_READ, Permission.PUPIL_RISK_EDIT, Permission.PUPIL_RISK_APPROVE,
            Permission.RENEWAL_READ, Permission.RENEWAL_RENEW, Permission.RENEWAL_COUNT, Permission.COMPARE_READ, Permission.COMPARE_AGGREGATE)),
    HEADTEACHER("Headteacher", Set.of(Permission.PROVIDER_READ, Permission.PROVIDER_EDIT, Permission.PROVIDER_STATUS,
            Permission.AUDIT_READ,
            Permission.SCHOOL_READ, Permission.VISIT_READ, Permission.VISIT_RECORD, Permission.VISIT_COUNT,
            Permission.CONCERN_READ, Permission.AUDIT_EDIT, Permission.AUDIT_DECIDE,
            Permission.PLACEMENT_READ, Permission.PLACEMENT_EDIT, Permission.PLACEMENT_STATUS, Permission.PLACEMENT_COUNT,
            Permission.SUSPENSION_READ, Permission.SUSPENSION_RECORD, Permission.PLACEMENT_OFSTED_LIST,
            Permission.REVIEW_READ, Permission.REVIEW_DRAFT, Permission.REVIEW_SIGN,
            Permission.ATTENDANCE_READ, Permission.ATTENDANCE_MARK,
            Permission.PUPIL_RISK_READ, Permission.PUPIL_RISK_EDIT, Permission.PUPIL_RISK_APPROVE,
            Permission.RENEWAL_READ, Permission.RENEWAL_RENEW, Permission.RENEWAL_COUNT, Permission.COMPARE_READ, Permission.COMPARE_AGGREGATE,
            Permission.SUBJECT_ACCESS_EXPORT)),
    ATTENDANCE("Attendance officer", Set.of(Permission.PROVIDER_READ, Permission.SCHOOL_READ, Permission.AUDIT_READ,
            Permission.PLACEMENT_READ, Permission.PLACEMENT_COUNT,
            Permission.SUSPENSION_READ,
            Permission.ATTENDANCE_READ, Permission.ATTENDANCE_MARK,
            Permission.PUPIL_RISK_READ)),
    SENCO("SENCO", Set.of(Permission.PROVIDER_READ, Permission.SCHOOL_READ, Permission.AUDIT_READ,
            Permission.PLACEMENT_READ, Permission.PLACEMENT_COUNT,
            Permission.SUSPENSION_READ, Permission.REVIEW_READ, Permission.REVIEW_DRAFT,
            Permission.PUPIL_RISK_READ, Permission.PUPIL_RISK_EDIT)),
    // read-only and aggregated: no pupil identities; audits and placements as counts only
    GOVERNOR("Governor", Set.of(Permission.PROVIDER_READ, Permission.SCHOOL_READ, Permission.VISIT_COUNT,
            Permission.PLACEMENT_COUNT, Permission.SUSPENSION_COUNT, Permission.REVIEW_COUNT,
            Permission.ATTENDANCE_COUNT,
            Permission.RENEWAL_COUNT, Permission.COMPARE_AGGREGATE)),
    TRUST_LEAD("Trust lead", Set.of(Permission.PROVIDER_READ, Permission.PROVIDER_EDIT, Permission.PROVIDER_STATUS,
            Permission.AUDIT_READ,
            Permission.SCHOOL_READ, Permission.TRUST_WIDE, Permission.VISIT_READ, Permission.VISIT_COUNT,
            Permission.CALENDAR_MANAGE,
            Permission.PLACEMENT_READ, Permission.PLACEMENT_COUNT,
            Permission.SUSPENSION_READ, Permission.REVIEW_READ, Permission.ATTENDANCE_READ,
            Permission.PUPIL_RISK_READ,
            Permission.RENEWAL_READ, Permission.RENEWAL_RENEW, Permission.RENEWAL_COUNT, Permission.RISK_ASSESS, Permission.COMPARE_READ, Permission.COMPARE_AGGREGATE)),
    // users, schools, roles, templates; no pupil data by default
    ADMIN("Administrator", Set.of(Permission.PROVIDER_READ, Permission.SCHOOL_READ, Permission.SCHOOL_MANAGE,
            Permission.AUDIT_READ,
            Permission.TEMPLATE_MANAGE, Permission.CALENDAR_MANAGE,
            Permission.USER_MANAGE, Permission.SECURITY_LOG_READ, Permission.REMINDER_READ,
            Permission.RETENTION_READ));

    private final String label;
    private final Set<String> permissions;

    Role(String label, Set<String> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    public String label() {
        return label;
    }

    public Set<String> permissions() {
        return permissions;
    }
}
