package uk.apassure.security;

/** Fine-grained rights (Shiro wildcard permissions), granted by {@link Role}s and checked in services. */
public final class Permission {
    /** Read the trust's provider register (provider-level facts are shared across the trust). */
    public static final String PROVIDER_READ = "provider:read";
    /** Create providers and edit their details, sites and contacts. */
    public static final String PROVIDER_EDIT = "provider:edit";
    /** Change a provider's status: SLT, headteacher, trust lead. */
    public static final String PROVIDER_STATUS = "provider:status";
    /** Read school-scoped data of one's own school. */
    public static final String SCHOOL_READ = "school:read";
    /** Manage schools and their users. */
    public static final String SCHOOL_MANAGE = "school:manage";
    /** See school-scoped data of every school of one's trust. */
    public static final String TRUST_WIDE = "trust:wide";
    /** Read audits in full (items, evidence, sign-offs): everyone who reads the register but governors. */
    public static final String AUDIT_READ = "audit:read";
    /** Start a pre-placement check audit and fill its items (AP lead, DSL, SLT, headteacher). */
    public static final String AUDIT_EDIT = "audit:edit";
    /** Submit a filled audit for sign-off: the AP lead. */
    public static final String AUDIT_SUBMIT = "audit:submit";
    /** Confirm an audit's safeguarding items: the DSL only. */
    public static final String AUDIT_SAFEGUARDING = "audit:safeguarding";
    /** Decide on a provider after its audit, or sign off another school's audit: SLT, headteacher. */
    public static final String AUDIT_DECIDE = "audit:decide";
    /** Publish new versions of checklist templates: administrators. */
    public static final String TEMPLATE_MANAGE = "template:manage";
    /** Set up school calendars (half-terms, INSET days, closures) and add bank holidays: admins, trust leads. */
    public static final String CALENDAR_MANAGE = "calendar:manage";

    /** Read the visit logs in one's scope (own and school's visits; the trust's for trust-wide roles). */
    public static final String VISIT_READ = "visit:read";
    /** Record visits: start drafts, autosave, submit, amend with a reason. */
    public static final String VISIT_RECORD = "visit:record";
    /** See how many visits there were, without their content: governors. */
    public static final String VISIT_COUNT = "visit:count";
    /**
     * Read the full text of a safeguarding concern of one's school and the state of its alerts: the
     * DSLs and the headteacher (its author may too). Others see only that there is one, when, and its state.
     */
    public static final String CONCERN_READ = "concern:read";
    /** Record the outcome of a safeguarding concern and close it: designated safeguarding leads. */
    public static final String CONCERN_CLOSE = "concern:close";

    /** Read placements and their pupils in one's scope (own school; the trust's for trust-wide roles). */
    public static final String PLACEMENT_READ = "placement:read";
    /** Propose placements, change their terms, confirm agreement items, record the parental notice. */
    public static final String PLACEMENT_EDIT = "placement:edit";
    /** Start, end and reintegrate placements: SLT and headteacher sign them off. */
    public static final String PLACEMENT_STATUS = "placement:status";
    /** See how many placements there are, never a pupil: governors. */
    public static final String PLACEMENT_COUNT = "placement:count";
    /** The school's Ofsted-call list of providers, with its own pupils' names: SLT and headteacher. */
    public static final String PLACEMENT_OFSTED_LIST = "placement:ofsted-list";

    /** Read pupils' suspensions and their day-6 duty in one's scope (own school; the trust's for trust leads). */
    public static final String SUSPENSION_READ = "suspension:read";
    /** Record suspensions of one's own school's pupils: AP lead, SLT, headteacher. */
    public static final String SUSPENSION_RECORD = "suspension:record";
    /** See how many suspensions there are and how many need provision, never a pupil: governors. */
    public static final String SUSPENSION_COUNT = "suspension:count";

    /** Read placement reviews of one's school (the trust's for trust-wide roles); not visiting staff or attendance. */
    public static final String REVIEW_READ = "review:read";
    /** Start and autosave draft reviews: AP lead, SLT, headteacher, DSL, SENCO. */
    public static final String REVIEW_DRAFT = "review:draft";
    /** Sign off a review, and amend a signed one with a reason: SLT and headteacher. */
    public static final String REVIEW_SIGN = "review:sign";
    /** See how many reviews are due, overdue or flagged, never a pupil: governors. */
    public static final String REVIEW_COUNT = "review:count";

    /** Read attendance marks and follow-ups of one's school (the trust's for trust leads): see docs/attendance.md. */
    public static final String ATTENDANCE_READ = "attendance:read";
    /** Mark sessions, import a provider's daily return, record follow-ups: attendance officer, AP lead, DSL, SLT, head. */
    public static final String ATTENDANCE_MARK = "attendance:mark";
    /** See how many sessions were expected, marked and not yet known, never a pupil: governors. */
    public static final String ATTENDANCE_COUNT = "attendance:count";

    /** Create accounts of one's trust, change their roles, disable them and reset passwords: administrators. */
    public static final String USER_MANAGE = "user:manage";
    /** Read the trust's security log (sign-ins, failures, refusals, account changes): administrators. */
    public static final String SECURITY_LOG_READ = "security-log:read";
    /** Read pupils' individual risk assessments of one's school (the trust's for trust leads); never governors or admins. */
    public static final String PUPIL_RISK_READ = "pupil-risk:read";
    /** Write and change draft pupil risk assessments, mark one as needing review: AP lead, DSL, SENCO, SLT, headteacher. */
    public static final String PUPIL_RISK_EDIT = "pupil-risk:edit";
    /** Approve a pupil risk assessment, confirm it unchanged at a review: DSL, SLT, headteacher. */
    public static final String PUPIL_RISK_APPROVE = "pupil-risk:approve";
    /** See the reminder e-mails sent to one's school (the trust's for administrators) and their state: AP lead, admin. */
    public static final String REMINDER_READ = "reminder:read";
    /** Read the renewals grid of one's school (the trust's for trust leads): staff who keep providers' papers current. */
    public static final String RENEWAL_READ = "renewal:read";
    /** Renew a dated document from the renewals grid (new evidence and its new date). */
    public static final String RENEWAL_RENEW = "renewal:renew";
    /** See how many things are ok, due soon, overdue or need review, without the rows: governors. */
    public static final String RENEWAL_COUNT = "renewal:count";
    /**
     * Draft and approve a provider's risk assessment, and report a change that makes it need review: the AP
     * lead and DSL of a school that uses the provider, and trust leads (see risk.RiskAssessmentService).
     */
    public static final String RISK_ASSESS = "risk:assess";
    /** Compare the providers in scope measure by measure (/compare): trust leads the trust's, SLT and heads their school's. */
    public static final String COMPARE_READ = "compare:read";
    /** The comparison's measures by school and provider type, never a provider's pupils: governors and the board. */
    public static final String COMPARE_AGGREGATE = "compare:aggregate";

    /** Export everything held on one pupil of one's own school (subject access): the DSL and the headteacher. */
    public static final String SUBJECT_ACCESS_EXPORT = "subject-access:export";
    /** Read the retention runs' reports (/admin/retention): administrators. */
    public static final String RETENTION_READ = "retention:read";

    private Permission() {}
}
