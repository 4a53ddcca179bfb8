package uk.apassure.renewal;

/**
 * The kinds of dated things on {@code /renewals}, each with the one SQL branch that lists it. The
 * grid's query ({@link RenewalItems}) is the {@code UNION ALL} of every constant's branch, so
 * <b>a new kind is one more constant here</b>, with its branch; nothing else changes (the filter,
 * the counts, the dashboard and the reminders all read the union).
 *
 * <p>A branch selects exactly these columns, in this order:
 * {@code kind, subject_id, provider_id, school_id, what, base_due_on, review_needed, href}:
 * <ul>
 * <li>{@code subject_id}: the id of the dated record in the kind's own table; a renewal refers to
 *     it (with the kind) and supersedes its date;</li>
 * <li>{@code school_id}: the school the row belongs to, which decides who sees it (its staff, and
 *     the trust's leads) and who owns it (that school's AP lead); a provider-level fact is listed
 *     once per school that relies on the provider (see {@code relying}); null for a fact no school
 *     relies on (trust leads only);</li>
 * <li>{@code base_due_on}: the record's own expiry or review date; {@code review_needed}: 1 when a
 *     material change makes the row "review needed" whatever its date (risk assessments), else 0;</li>
 * <li>{@code href}: the route of the record, for links from the grid, the dashboard and e-mails.</li>
 * </ul>
 * A branch may use the parameter {@code :trust} and these common table expressions:
 * {@code latest (audit_id, provider_id, school_id, decided_at)}, each provider's latest signed-off
 * audit (not a rejection); {@code relying (audit_id, provider_id, school_id)}, the school of that
 * audit and the schools that adopted it; {@code dated (audit_id, provider_id, school_id, item_id,
 * prompt, section, expires_on)}, the dated items of those audits, once per relying school.
 *
 * <p>For example, provider risk assessments (package risk) would be:
 * <pre>
 * PROVIDER_RISK("Provider risk assessment", true, """
 *         SELECT 'PROVIDER_RISK', ra.id, ra.provider_id, r.school_id, 'Risk assessment', ra.renew_by,
 *                ra.review_needed, CONCAT('providers/', ra.provider_id)
 *         FROM risk_assessment ra JOIN relying r ON r.provider_id = ra.provider_id
 *         WHERE ra.trust_id = :trust AND ra.current""")
 * </pre>
 * and pupil risk assessments take their {@code school_id} from the placement, so they stay inside
 * the pupil's school.
 */
public enum RenewalKind {

    /** Insurance and other certificates: any dated audit item that is not a policy or staff checks. */
    CERTIFICATE("Certificate or insurance", true, """
            SELECT 'CERTIFICATE', d.item_id, d.provider_id, d.school_id, d.prompt, d.expires_on, 0,
                   CONCAT('audits/', d.audit_id)
            FROM dated d
            WHERE d.section <> 'Policies' AND d.prompt NOT LIKE '%staff check%'"""),

    /** Policies with a review date (safeguarding, health and safety, ...). */
    POLICY("Policy", true, """
            SELECT 'POLICY', d.item_id, d.provider_id, d.school_id, d.prompt, d.expires_on, 0,
                   CONCAT('audits/', d.audit_id)
            FROM dated d
            WHERE d.section = 'Policies' AND d.prompt NOT LIKE '%staff check%'"""),

    /** 001 §7.8: the written confirmation of staff checks, renewed as the provider's staff change. */
    STAFF_CHECKS("Staff check confirmation", true, """
            SELECT 'STAFF_CHECKS', d.item_id, d.provider_id, d.school_id, d.prompt, d.expires_on, 0,
                   CONCAT('audits/', d.audit_id)
            FROM dated d
            WHERE d.prompt LIKE '%staff check%'"""),

    /**
     * The latest signed-off audit, a year after its decision: renewed by a new audit, not by a file,
     * so its row links to the audit.
     */
    AUDIT("Audit older than 12 months", false, """
            SELECT 'AUDIT', l.audit_id, l.provider_id, r.school_id, 'Pre-placement check audit',
                   DATE_ADD(DATE(l.decided_at), INTERVAL 12 MONTH), 0, CONCAT('audits/', l.audit_id)
            FROM latest l JOIN relying r ON r.audit_id = l.audit_id"""),

    /** Membership of the local authority's approved list, until the date the register keeps (V21). */
    LA_APPROVAL("LA-approved list", true, """
            SELECT 'LA_APPROVAL', p.id, p.id, r.school_id, 'Local authority approved list', p.la_approved_until, 0,
                   CONCAT('providers/', p.id)
            FROM provider p LEFT JOIN relying r ON r.provider_id = p.id
            WHERE p.trust_id = :trust AND p.la_approved AND p.la_approved_until IS NOT NULL"""),

    /**
     * The provider's current risk assessment (package risk): due on the anniversary of its approval,
     * as on the provider page, and "review needed" at once on a material change. Renewed by approving a new version on the provider page, not by a file.
     */
    PROVIDER_RISK("Provider risk assessment", false, """
            SELECT 'PROVIDER_RISK', ra.id, ra.provider_id, r.school_id, CONCAT('Risk assessment, version ', ra.number),
                   DATE_ADD(ra.approved_on, INTERVAL 1 YEAR),
                   IF(ra.review_needed_since IS NULL, 0, 1), CONCAT('providers/', ra.provider_id)
            FROM provider_risk_assessment ra LEFT JOIN relying r ON r.provider_id = ra.provider_id
            WHERE ra.trust_id = :trust AND ra.current_for_provider IS NOT NULL"""),

    /**
     * A pupil's individual risk assessment (package pupilrisk), due for review at the placement's
     * next review; its school is the placement's, so the row stays inside the pupil's school. No
     * pupil's name: the row (and a reminder e-mail) links to the placement.
     */
    PUPIL_RISK("Pupil risk assessment", false, """
            SELECT 'PUPIL_RISK', pra.id, pp.provider_id, pra.school_id,
                   CONCAT('Pupil risk assessment, placement ', pra.placement_id), pra.review_due_on,
                   IF(pra.review_needed_reason IS NULL, 0, 1), CONCAT('placements/', pra.placement_id)
            FROM pupil_risk_assessment pra
            JOIN placement pl ON pl.id = pra.placement_id
            JOIN (SELECT placement_id, MIN(provider_id) AS provider_id FROM placement_session GROUP BY placement_id) pp
                 ON pp.placement_id = pra.placement_id
            JOIN school s ON s.id = pra.school_id
            WHERE s.trust_id = :trust AND pra.status = 'APPROVED' AND pl.status IN ('PROPOSED', 'ACTIVE')
                  AND (pra.review_due_on IS NOT NULL OR pra.review_needed_reason IS NOT NULL)""");

    private final String label;
    private final boolean renewable;
    private final String branch;

    RenewalKind(String label, boolean renewable, String branch) {
        this.label = label;
        this.renewable = renewable;
        this.branch = branch;
    }

    public String label() {
        return label;
    }

    /** Renewed from the grid with a file and a new date; otherwise by a new record (a new audit). */
    public boolean renewable() {
        return renewable;
    }

    String branch() {
        return branch;
    }
}
