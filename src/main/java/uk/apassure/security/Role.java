package uk.apassure.security;

import java.util.Set;

/**
 * The roles of DESIGN.md. A user has one or more; each role grants a set of permissions, checked
 * in services with {@link AccessGuard}. Role names double as the names used in
 * {@code @RolesAllowed} on views.
 */
public enum Role {
    AP_LEAD("AP lead", Set.of(Permission.PROVIDER_READ, Permission.PROVIDER_EDIT, Permission.SCHOOL_READ,
            Permission.AUDIT_READ,
            Permission.VISIT_READ, Permission.VISIT_RECORD, Permission.VISIT_COUNT, Permission.AUDIT_EDIT,
            Permission.AUDIT_SUBMIT)),
    VISITOR("Visiting staff", Set.of(Permission.PROVIDER_READ, Permission.SCHOOL_READ, Permission.AUDIT_READ,
            Permission.VISIT_READ, Permission.VISIT_RECORD, Permission.VISIT_COUNT)),
    DSL("Designated safeguarding lead", Set.of(Permission.PROVIDER_READ, Permission.PROVIDER_EDIT, Permission.SCHOOL_READ,
            Permission.AUDIT_READ,
            Permission.VISIT_READ, Permission.VISIT_RECORD, Permission.VISIT_COUNT, Permission.CONCERN_CLOSE,
            Permission.AUDIT_EDIT, Permission.AUDIT_SAFEGUARDING)),
    SLT("Senior leadership", Set.of(Permission.PROVIDER_READ, Permission.PROVIDER_EDIT, Permission.PROVIDER_STATUS,
            Permission.AUDIT_READ,
            Permission.SCHOOL_READ, Permission.VISIT_READ, Permission.VISIT_RECORD, Permission.VISIT_COUNT,
            Permission.AUDIT_EDIT, Permission.AUDIT_DECIDE)),
    HEADTEACHER("Headteacher", Set.of(Permission.PROVIDER_READ, Permission.PROVIDER_EDIT, Permission.PROVIDER_STATUS,
            Permission.AUDIT_READ,
            Permission.SCHOOL_READ, Permission.VISIT_READ, Permission.VISIT_RECORD, Permission.VISIT_COUNT,
            Permission.AUDIT_EDIT, Permission.AUDIT_DECIDE)),
    ATTENDANCE("Attendance officer", Set.of(Permission.PROVIDER_READ, Permission.SCHOOL_READ, Permission.AUDIT_READ)),
    SENCO("SENCO", Set.of(Permission.PROVIDER_READ, Permission.SCHOOL_READ, Permission.AUDIT_READ)),
    // read-only and aggregated: the register holds no pupil identities; audits as counts only (no audit:read)
    GOVERNOR("Governor", Set.of(Permission.PROVIDER_READ, Permission.SCHOOL_READ, Permission.VISIT_COUNT)),
    TRUST_LEAD("Trust lead", Set.of(Permission.PROVIDER_READ, Permission.PROVIDER_EDIT, Permission.PROVIDER_STATUS,
            Permission.AUDIT_READ,
            Permission.SCHOOL_READ, Permission.TRUST_WIDE, Permission.VISIT_READ, Permission.VISIT_COUNT)),
    // users, schools, roles, templates; no pupil data by default
    ADMIN("Administrator", Set.of(Permission.PROVIDER_READ, Permission.SCHOOL_READ, Permission.SCHOOL_MANAGE,
            Permission.AUDIT_READ,
            Permission.TEMPLATE_MANAGE));

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

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String AP_LEAD = "AP_LEAD";
        public static final String VISITOR = "VISITOR";
        public static final String DSL = "DSL";
        public static final String SLT = "SLT";
        public static final String HEADTEACHER = "HEADTEACHER";
        public static final String ATTENDANCE = "ATTENDANCE";
        public static final String SENCO = "SENCO";
        public static final String GOVERNOR = "GOVERNOR";
        public static final String TRUST_LEAD = "TRUST_LEAD";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
