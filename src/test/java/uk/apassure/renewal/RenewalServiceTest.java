package uk.apassure.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.EvidenceFiles;
import uk.apassure.audit.InvalidStep;
import uk.apassure.base.time.MutableClock;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/**
 * Renewals in MariaDB with a clock the test moves: the state at the 28-day edge and on the expiry
 * day, the scope applied in the query (another school's rows never come back, governors get counts
 * only, administrators nothing), and renewing one row or several of one provider with its refusals.
 * The insurance here expires on Mon 21 Dec 2026 (the first day of the Christmas holidays: dates are
 * calendar days, not school days).
 */
class RenewalServiceTest extends IntegrationTest {

    private static final LocalDate EXPIRES = LocalDate.of(2026, 12, 21);

    @Autowired
    AuditFixtures audits;

    @Autowired
    AuditService auditService;

    @Autowired
    RenewalItems items;

    @Autowired
    RenewalStore store;

    @Autowired
    AccessGuard access;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    private final MutableClock clock = new MutableClock();
    private RenewalService renewals;

    @BeforeEach
    void service() {
        renewals = new RenewalService(items, store, access, clock, RenewalService.DEFAULT_DUE_SOON_DAYS);
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(uk.apassure.base.time.SchoolTime.ZONE).toInstant());
    }

    /** A provider with a signed-off audit of school A1, its public liability insurance expiring on {@code expires}. */
    private long providerWithInsurance(String name, LocalDate expires) {
        long provider = audits.provider(name);
        long audit = audits.decided(provider);
        long item = as("a1.aplead", () -> auditService.get(audit).items()).stream()
                .filter(i -> i.prompt().equals("Public liability insurance")).findFirst().orElseThrow().id();
        jdbc.update("UPDATE audit_item SET expires_on = ? WHERE id = ?", expires, item);
        return provider;
    }

    private RenewalItem insurance(String user, long provider) {
        return rows(user, provider).stream().filter(row -> row.what().equals("Public liability insurance"))
                .findFirst().orElseThrow();
    }

    private List<RenewalItem> rows(String user, long provider) {
        return as(user, () -> renewals.list(RenewalFilter.ANY.withProvider(provider), Pageable.unpaged()));
    }

    @Test
    void insurance_is_due_soon_from_28_days_before_its_expiry_through_the_day_itself_and_overdue_the_day_after() {
        long provider = providerWithInsurance("Renewal edge farm", EXPIRES);

        today(EXPIRES.minusDays(29));
        assertThat(insurance("a1.aplead", provider).state()).isEqualTo(RenewalState.OK);
        today(EXPIRES.minusDays(28));
        assertThat(insurance("a1.aplead", provider).state()).isEqualTo(RenewalState.DUE_SOON);
        today(EXPIRES);
        assertThat(insurance("a1.aplead", provider).state()).isEqualTo(RenewalState.DUE_SOON);
        today(EXPIRES.plusDays(1));
        RenewalItem overdue = insurance("a1.aplead", provider);
        assertThat(overdue.state()).isEqualTo(RenewalState.OVERDUE);
        assertThat(overdue.kind()).isEqualTo(RenewalKind.CERTIFICATE);
        assertThat(overdue.dueOn()).isEqualTo(EXPIRES);
        assertThat(overdue.schoolName()).isEqualTo("School A1");
        assertThat(overdue.ownerName()).as("the school's AP lead owns it").isEqualTo("A1 AP Lead");
        assertThat(overdue.href()).startsWith("audits/");
        // the filter by state is in the query too
        assertThat(as("a1.aplead", () -> renewals.list(RenewalFilter.ANY.withProvider(provider)
                .withState(RenewalState.OVERDUE), Pageable.unpaged()))).extracting(RenewalItem::what)
                .containsExactly("Public liability insurance");
    }

    @Test
    void the_due_soon_window_is_configurable() {
        long provider = providerWithInsurance("Renewal window farm", EXPIRES);
        today(EXPIRES.minusDays(20));
        RenewalService fortnight = new RenewalService(items, store, access, clock, 14);
        assertThat(as("a1.aplead", () -> fortnight.list(RenewalFilter.ANY.withProvider(provider)
                .withKind(RenewalKind.CERTIFICATE).withState(RenewalState.DUE_SOON), Pageable.unpaged()))).isEmpty();
        assertThat(insurance("a1.aplead", provider).state()).isEqualTo(RenewalState.DUE_SOON);
    }

    @Test
    void each_kind_comes_from_its_own_branch_policies_staff_checks_the_audit_and_la_approval() {
        long provider = providerWithInsurance("Renewal kinds farm", EXPIRES);
        jdbc.update("UPDATE provider SET la_approved = TRUE, la_approved_until = ? WHERE id = ?",
                LocalDate.of(2027, 1, 10), provider);
        today(LocalDate.of(2026, 12, 14));
        Map<String, RenewalKind> kinds = new java.util.HashMap<>();
        rows("a1.aplead", provider).forEach(row -> kinds.put(row.what(), row.kind()));
        assertThat(kinds).containsEntry("Public liability insurance", RenewalKind.CERTIFICATE)
                .containsEntry("Safeguarding and child protection policy, including online safety", RenewalKind.POLICY)
                .containsEntry("Pre-placement check audit", RenewalKind.AUDIT)
                .containsEntry("Local authority approved list", RenewalKind.LA_APPROVAL);
        RenewalItem la = rows("a1.aplead", provider).stream().filter(r -> r.kind() == RenewalKind.LA_APPROVAL)
                .findFirst().orElseThrow();
        assertThat(la.state()).isEqualTo(RenewalState.DUE_SOON);
        // written confirmation of staff checks with a review date
        long audit = jdbc.queryForObject("SELECT latest_audit_id FROM provider WHERE id = ?", Long.class, provider);
        jdbc.update("UPDATE audit_item i JOIN checklist_item c ON c.id = i.checklist_item_id SET i.expires_on = ?"
                + " WHERE i.audit_id = ? AND c.prompt LIKE 'Safer recruitment%'", LocalDate.of(2026, 12, 1), audit);
        assertThat(rows("a1.aplead", provider)).filteredOn(r -> r.kind() == RenewalKind.STAFF_CHECKS)
                .extracting(RenewalItem::state).containsExactly(RenewalState.OVERDUE);
    }

    @Test
    void another_schools_staff_never_get_the_rows_trust_leads_do_and_governors_get_counts_only() {
        long provider = providerWithInsurance("Renewal scope farm", EXPIRES);
        today(EXPIRES.plusDays(3));
        assertThat(rows("a1.aplead", provider)).isNotEmpty();
        assertThat(rows("a2.aplead", provider)).as("School A2 does not rely on this provider").isEmpty();
        assertThat(as("a2.aplead", () -> renewals.list(RenewalFilter.ANY, Pageable.unpaged())))
                .filteredOn(row -> !"School A2".equals(row.schoolName())).isEmpty();
        assertThat(rows("b1.slt", provider)).isEmpty();
        assertThat(rows("a.trustlead", provider)).extracting(RenewalItem::schoolName).containsOnly("School A1");

        assertThatThrownBy(() -> rows("a1.governor", provider)).isInstanceOf(AccessDeniedException.class);
        assertThat(as("a1.governor", () -> renewals.counts()).get(RenewalState.OVERDUE)).isPositive();
        assertThat(as("a2.aplead", () -> renewals.counts()).get(RenewalState.OVERDUE))
                .as("A2's counts leave A1's rows out").isLessThan(as("a1.aplead", () -> renewals.counts())
                        .get(RenewalState.OVERDUE));
        assertThatThrownBy(() -> as("a.admin", () -> renewals.counts())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a.admin", () -> renewals.list(RenewalFilter.ANY, Pageable.unpaged())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void renewing_an_expired_certificate_makes_it_ok_and_keeps_the_signed_off_answer_and_who_renewed_it() {
        long provider = providerWithInsurance("Renewal renew farm", EXPIRES);
        today(EXPIRES.plusDays(2));
        RenewalItem expired = insurance("a1.aplead", provider);
        assertThat(expired.state()).isEqualTo(RenewalState.OVERDUE);

        int renewed = tx.execute(status -> as("a1.aplead", () -> renewals.renew(List.of(expired.ref()),
                LocalDate.of(2027, 12, 21), "insurance-2027.pdf", EvidenceFiles.pdf("Public liability 2027"))));

        assertThat(renewed).isEqualTo(1);
        RenewalItem now = insurance("a1.aplead", provider);
        assertThat(now.state()).isEqualTo(RenewalState.OK);
        assertThat(now.dueOn()).isEqualTo(LocalDate.of(2027, 12, 21));
        assertThat(now.renewedBy()).isEqualTo("A1 AP Lead");
        assertThat(now.renewedAt()).isEqualTo(clock.instant());
        // the signed-off audit's answer is untouched; the renewal and its file are kept beside it
        assertThat(jdbc.queryForObject("SELECT expires_on FROM audit_item WHERE id = ?", LocalDate.class,
                expired.subjectId())).isEqualTo(EXPIRES);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM renewal r JOIN renewal_evidence e ON e.id = r.evidence_id"
                + " WHERE r.subject_id = ? AND r.kind = 'CERTIFICATE' AND r.previous_due_on = ?"
                + " AND e.file_name = 'insurance-2027.pdf' AND e.media_type = 'application/pdf'", Long.class,
                expired.subjectId(), EXPIRES)).isEqualTo(1L);

        // a second renewal supersedes the first, which stays recorded
        clock.set(Instant.parse("2027-12-01T10:00:00Z"));
        assertThat(insurance("a1.aplead", provider).state()).isEqualTo(RenewalState.DUE_SOON);
        tx.execute(status -> as("a.trustlead", () -> renewals.renew(List.of(expired.ref()),
                LocalDate.of(2028, 12, 21), "insurance-2028.pdf", EvidenceFiles.pdf("Public liability 2028"))));
        assertThat(insurance("a1.aplead", provider).dueOn()).isEqualTo(LocalDate.of(2028, 12, 21));
        assertThat(insurance("a1.aplead", provider).renewedBy()).isEqualTo("A Trust Lead");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM renewal WHERE subject_id = ? AND kind = 'CERTIFICATE'",
                Long.class, expired.subjectId())).isEqualTo(2L);
    }

    @Test
    void bulk_renewal_renews_several_rows_of_one_provider_with_one_file() {
        long provider = providerWithInsurance("Renewal bulk farm", EXPIRES);
        today(EXPIRES.minusDays(5));
        List<RenewalItem> due = as("a1.aplead", () -> renewals.list(RenewalFilter.ANY.withProvider(provider)
                .withKind(RenewalKind.CERTIFICATE), Pageable.unpaged()));
        assertThat(due).hasSizeGreaterThan(1);

        tx.execute(status -> as("a1.aplead", () -> renewals.renew(due.stream().map(RenewalItem::ref).toList(),
                LocalDate.of(2027, 12, 31), "schedule.pdf", EvidenceFiles.pdf("Certificates schedule"))));

        assertThat(as("a1.aplead", () -> renewals.list(RenewalFilter.ANY.withProvider(provider)
                .withKind(RenewalKind.CERTIFICATE), Pageable.unpaged()))).extracting(RenewalItem::dueOn)
                .containsOnly(LocalDate.of(2027, 12, 31));
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT evidence_id) FROM renewal WHERE provider_id = ?",
                Long.class, provider)).as("one file for all").isEqualTo(1L);
    }

    @Test
    void renewals_are_refused_with_the_reason_and_nothing_is_saved() {
        long provider = providerWithInsurance("Renewal refused farm", EXPIRES);
        long other = providerWithInsurance("Renewal other farm", EXPIRES);
        today(EXPIRES.plusDays(1));
        RenewalRef ref = insurance("a1.aplead", provider).ref();
        byte[] pdf = EvidenceFiles.pdf("Certificate");

        assertThatThrownBy(() -> renew("a1.aplead", List.of(ref), EXPIRES, "c.pdf", pdf))
                .isInstanceOf(RenewalService.InvalidRenewal.class).hasMessageContaining("in the past");
        assertThatThrownBy(() -> renew("a1.aplead", List.of(ref), EXPIRES.plusDays(1), "c.pdf", pdf))
                .isInstanceOf(RenewalService.InvalidRenewal.class).hasMessageContaining("today");
        assertThatThrownBy(() -> renew("a1.aplead", List.of(ref), EXPIRES.plusYears(1), "c.pdf",
                EvidenceFiles.png())).isInstanceOf(InvalidStep.class)
                .hasMessageContaining("named as a PDF, but its content is an image");
        assertThatThrownBy(() -> renew("a1.aplead", List.of(ref, insurance("a1.aplead", other).ref()),
                EXPIRES.plusYears(1), "c.pdf", pdf)).isInstanceOf(RenewalService.InvalidRenewal.class)
                .hasMessageContaining("2 providers");
        RenewalRef audit = rows("a1.aplead", provider).stream().filter(r -> r.kind() == RenewalKind.AUDIT)
                .findFirst().orElseThrow().ref();
        assertThatThrownBy(() -> renew("a1.aplead", List.of(audit), EXPIRES.plusYears(1), "c.pdf", pdf))
                .isInstanceOf(RenewalService.InvalidRenewal.class).hasMessageContaining("new audit");
        // another school's row is answered as not on the list; a governor may not renew
        assertThatThrownBy(() -> renew("a2.aplead", List.of(ref), EXPIRES.plusYears(1), "c.pdf", pdf))
                .isInstanceOf(RenewalService.InvalidRenewal.class).hasMessageContaining("not on your renewals list");
        assertThatThrownBy(() -> renew("a1.governor", List.of(ref), EXPIRES.plusYears(1), "c.pdf", pdf))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(insurance("a1.aplead", provider).state()).isEqualTo(RenewalState.OVERDUE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM renewal WHERE provider_id IN (?, ?)", Long.class,
                provider, other)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM renewal_evidence WHERE provider_id IN (?, ?)",
                Long.class, provider, other)).isZero();
    }

    private int renew(String user, List<RenewalRef> refs, LocalDate until, String name, byte[] content) {
        return tx.execute(status -> as(user, () -> renewals.renew(refs, until, name, content)));
    }
}
