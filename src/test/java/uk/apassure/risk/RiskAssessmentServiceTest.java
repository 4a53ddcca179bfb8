package uk.apassure.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.SignedOffAudits;
import uk.apassure.base.time.MutableClock;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.provider.SiteKind;
import uk.apassure.security.AccessGuard;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.VisitService;

/**
 * Provider risk assessments against the real database: versions, each material change that makes one
 * need review, the renewal edges with a moved clock, and who may not assess.
 */
class RiskAssessmentServiceTest extends IntegrationTest {

    @Autowired
    RiskAssessmentService assessments;
    @Autowired
    ProviderRiskStates states;
    @Autowired
    RiskAssessmentRepository repository;
    @Autowired
    SignedOffAudits audits;
    @Autowired
    AccessGuard access;
    @Autowired
    AuditFixtures auditFixtures;
    @Autowired
    ProviderService providers;
    @Autowired
    VisitService visits;
    @Autowired
    ConcernService concerns;

    long provider;
    LocalDate today;

    @BeforeEach
    void aProviderWithASignedOffAuditOfSchoolA1() {
        provider = auditFixtures.provider("Risk farm " + UUID.randomUUID().toString().substring(0, 6));
        auditFixtures.decided(provider);
        today = LocalDate.now(SchoolTime.ZONE);
    }

    private long approve(String user, LocalDate approvedOn) {
        return as(user, () -> {
            RiskDraft draft = assessments.draft(provider);
            return assessments.approve(provider, draft.currentNumber(), "", approvedOn, draft.lines());
        });
    }

    private ProviderRiskState state() {
        return as("a1.visitor", () -> states.of(provider));
    }

    private ProviderRiskState stateOn(LocalDate day) {
        MutableClock clock = new MutableClock(day.atTime(12, 0).atZone(SchoolTime.ZONE).toInstant());
        ProviderRiskStates moved = new ProviderRiskStates(repository, audits, access, clock, 28);
        return as("a1.visitor", () -> moved.of(provider));
    }

    @Test
    void the_first_version_is_made_from_the_latest_signed_off_audit_and_a_new_version_keeps_the_old_one_readable() {
        RiskDraft draft = as("a1.aplead", () -> assessments.draft(provider));
        assertThat(draft.currentNumber()).isZero();
        // the audit found machinery, animals and fire safety applicable: each is a suggested line
        assertThat(draft.lines()).extracting(HazardLine::hazard)
                .contains(HazardKind.WORKSHOP_MACHINERY, HazardKind.ANIMALS, HazardKind.FIRE);
        assertThat(draft.lines()).allSatisfy(line -> assertThat(line.controls()).contains("Checked in the audit"));
        assertThat(draft.activities()).containsExactly("Animal care");
        assertThat(draft.sites()).containsExactly(HazardLine.ALL_SITES, "Main site");

        approve("a1.aplead", today.minusDays(10));
        RiskAssessmentPage first = as("a1.governor", () -> assessments.page(provider));
        assertThat(first.current()).isNotNull();
        assertThat(first.current().number()).isEqualTo(1);
        assertThat(first.current().approvedBy()).isEqualTo("A1 AP Lead");
        assertThat(first.state().state()).isEqualTo(RiskState.OK);
        assertThat(first.state().dueOn()).isEqualTo(today.minusDays(10).plusYears(1));
        assertThat(first.canAssess()).isFalse();

        HazardLine water = new HazardLine("Main site", "Pond dipping", HazardKind.WATER, "Deep pond",
                "Pupils", "Life ring; one adult to four pupils", Residual.LOW);
        as("a.trustlead", () -> assessments.approve(provider, 1, "Pond added", today, List.of(water)));
        RiskAssessmentPage second = as("a1.visitor", () -> assessments.page(provider));
        assertThat(second.current().number()).isEqualTo(2);
        assertThat(second.current().hazards()).containsExactly(water);
        assertThat(second.previous()).singleElement().satisfies(old -> {
            assertThat(old.number()).isEqualTo(1);
            assertThat(old.hazards()).extracting(HazardLine::hazard).contains(HazardKind.ANIMALS);
        });
        assertThat(second.state().approvedOn()).isEqualTo(today);

        // the form was opened on version 1: approving from it again is refused, nothing is saved
        assertThatThrownBy(() -> as("a1.dsl", () -> assessments.approve(provider, 1, "", today, List.of(water))))
                .isInstanceOf(RiskAssessmentService.InvalidAssessment.class).hasMessageContaining("another version");
        assertThat(as("a1.dsl", () -> assessments.page(provider)).previous()).hasSize(1);
    }

    @Test
    void due_soon_28_days_before_the_anniversary_through_it_and_overdue_the_day_after_with_a_moved_clock() {
        LocalDate approved = today.minusDays(30);
        approve("a1.aplead", approved);
        LocalDate anniversary = approved.plusYears(1);
        assertThat(stateOn(anniversary.minusDays(29)).state()).isEqualTo(RiskState.OK);
        assertThat(stateOn(anniversary.minusDays(28)).state()).isEqualTo(RiskState.DUE_SOON);
        assertThat(stateOn(anniversary.minusDays(1)).state()).isEqualTo(RiskState.DUE_SOON);
        assertThat(stateOn(anniversary).state()).isEqualTo(RiskState.DUE_SOON);
        assertThat(stateOn(anniversary.plusDays(1)).state()).isEqualTo(RiskState.OVERDUE);
        assertThat(stateOn(anniversary).dueOn()).isEqualTo(anniversary);
    }

    @Test
    void adding_a_satellite_site_needs_review_at_once_with_the_reason_and_date() {
        approve("a1.aplead", today);
        as("a1.aplead", () -> providers.addSite(provider, SiteKind.SATELLITE,
                site("Riverside annexe")));
        ProviderRiskState state = state();
        assertThat(state.state()).isEqualTo(RiskState.REVIEW_NEEDED);
        assertThat(state.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.text()).isEqualTo("Site added: satellite site Riverside annexe");
            assertThat(reason.on()).isEqualTo(today);
            assertThat(reason.by()).isEqualTo("A1 AP Lead");
        });
        // the next version starts with a line for the new site; approving it clears the review
        RiskDraft next = as("a1.aplead", () -> assessments.draft(provider));
        assertThat(next.lines()).extracting(HazardLine::site).contains("Riverside annexe");
        approve("a1.aplead", today);
        assertThat(state().state()).isEqualTo(RiskState.OK);
        assertThat(state().reasons()).isEmpty();
    }

    @Test
    void closing_a_site_needs_review() {
        long site = as("a1.aplead", () -> providers.addSite(provider, SiteKind.SUBCONTRACTED, site("Boatyard")));
        approve("a1.aplead", today);
        assertThat(state().state()).isEqualTo(RiskState.OK);
        as("a1.aplead", () -> providers.removeSite(site));
        assertThat(state().state()).isEqualTo(RiskState.REVIEW_NEEDED);
        assertThat(state().reasons()).extracting(RiskReason::text)
                .containsExactly("Site closed: subcontracted site Boatyard");
    }

    @Test
    void a_status_change_needs_review() {
        approve("a1.aplead", today);
        long version = as("a1.slt", () -> providers.get(provider).details().getVersion());
        as("a1.slt", () -> providers.changeStatus(provider, version, ProviderStatus.SUSPENDED, "Staffing concerns"));
        assertThat(state().state()).isEqualTo(RiskState.REVIEW_NEEDED);
        assertThat(state().reasons()).extracting(RiskReason::text).singleElement().asString()
                .startsWith("Status changed: from ").endsWith(" to suspended");
    }

    @Test
    void a_safeguarding_concern_raised_on_a_visit_needs_review_without_its_description() {
        approve("a1.aplead", today);
        long visit = as("a1.visitor", () -> visits.startDraft(provider));
        as("a1.visitor", () -> concerns.raise(visit, "Pupil left site unsupervised"));
        ProviderRiskState state = state();
        assertThat(state.state()).isEqualTo(RiskState.REVIEW_NEEDED);
        assertThat(state.reasons()).extracting(RiskReason::text).singleElement().asString()
                .startsWith("Safeguarding concern: raised on a visit").doesNotContain("unsupervised");
    }

    @Test
    void a_key_staff_change_or_a_new_activity_reported_needs_review_and_a_visitor_may_report_it() {
        approve("a1.aplead", today);
        as("a1.visitor", () -> assessments.reportChange(provider, ChangeKind.KEY_STAFF_CHANGED,
                "seen on a visit: new site manager"));
        as("a1.aplead", () -> assessments.reportChange(provider, ChangeKind.NEW_ACTIVITY,
                "reported by the provider: quad bikes"));
        ProviderRiskState state = state();
        assertThat(state.state()).isEqualTo(RiskState.REVIEW_NEEDED);
        assertThat(state.reasons()).extracting(RiskReason::text).containsExactly(
                "Key staff changed: seen on a visit: new site manager",
                "New activity: reported by the provider: quad bikes");
        assertThatThrownBy(() -> as("a1.aplead", () -> assessments.reportChange(provider, ChangeKind.SITE_ADDED, "x")))
                .isInstanceOf(RiskAssessmentService.InvalidAssessment.class);
        assertThatThrownBy(() -> as("a1.aplead", () -> assessments.reportChange(provider, ChangeKind.NEW_ACTIVITY, " ")))
                .isInstanceOf(RiskAssessmentService.InvalidAssessment.class);
    }

    @Test
    void evidence_that_lapses_after_approval_needs_review_from_the_day_after_its_expiry() {
        // the audit fixture's evidence expires a year from today; the assessment is approved 10 days ago
        approve("a1.aplead", today.minusDays(10));
        LocalDate expiry = today.plusYears(1);
        ProviderRiskState onExpiry = stateOn(expiry);
        assertThat(onExpiry.state()).isEqualTo(RiskState.OVERDUE);
        assertThat(onExpiry.reasons()).isEmpty();
        ProviderRiskState after = stateOn(expiry.plusDays(1));
        assertThat(after.state()).isEqualTo(RiskState.REVIEW_NEEDED);
        assertThat(after.reasons()).isNotEmpty().allSatisfy(reason -> {
            assertThat(reason.text()).startsWith("Certificate or policy lapsed: ");
            assertThat(reason.on()).isEqualTo(expiry.plusDays(1));
        });
        assertThat(after.reasons()).extracting(RiskReason::text)
                .anyMatch(text -> text.contains("Employer's liability insurance"));
    }

    @Test
    void changes_at_a_provider_without_an_approved_assessment_leave_it_none_yet() {
        as("a1.aplead", () -> providers.addSite(provider, SiteKind.SATELLITE, site("Annexe")));
        assertThat(state().state()).isEqualTo(RiskState.NONE);
        assertThat(state().dueOn()).isNull();
        assertThatThrownBy(() -> as("a1.aplead", () -> assessments.reportChange(provider, ChangeKind.NEW_ACTIVITY,
                "archery"))).isInstanceOf(RiskAssessmentService.InvalidAssessment.class);
    }

    @Test
    void governors_schools_not_using_the_provider_visitors_and_other_trusts_may_not_assess() {
        assertThatThrownBy(() -> approve("a1.governor", today)).isInstanceOf(AccessGuard.AccessDeniedException.class);
        assertThatThrownBy(() -> approve("a1.visitor", today)).isInstanceOf(AccessGuard.AccessDeniedException.class);
        // School A2 has not audited, visited or placed with this provider
        assertThatThrownBy(() -> approve("a2.aplead", today)).isInstanceOf(AccessGuard.AccessDeniedException.class);
        assertThatThrownBy(() -> approve("b.trustlead", today)).isInstanceOf(ProviderService.NotFound.class);
        assertThatThrownBy(() -> as("b.trustlead", () -> assessments.page(provider)))
                .isInstanceOf(ProviderService.NotFound.class);
        assertThatThrownBy(() -> as("a1.governor", () -> assessments.reportChange(provider,
                ChangeKind.NEW_ACTIVITY, "archery"))).isInstanceOf(AccessGuard.AccessDeniedException.class);

        approve("a1.dsl", today);
        // another trust's user reads nothing of it, even through the shared query
        assertThat(as("b.trustlead", () -> states.of(provider)).state()).isEqualTo(RiskState.NONE);
        assertThat(as("b.trustlead", () -> states.assessed())).extracting(ProviderRiskState::providerId)
                .doesNotContain(provider);
        assertThat(as("a.trustlead", () -> states.assessed())).extracting(ProviderRiskState::providerId)
                .contains(provider);
        assertThat(as("a1.governor", () -> assessments.page(provider)).canAssess()).isFalse();
        assertThat(as("a1.dsl", () -> assessments.page(provider)).canAssess()).isTrue();
    }

    @Test
    void a_provider_without_a_signed_off_audit_has_nothing_to_assess_from_and_every_line_is_checked() {
        long fresh = auditFixtures.provider("Unaudited " + UUID.randomUUID().toString().substring(0, 6));
        auditFixtures.draft(fresh);
        assertThatThrownBy(() -> as("a.trustlead", () -> assessments.draft(fresh)))
                .isInstanceOf(RiskAssessmentService.InvalidAssessment.class).hasMessageContaining("signed-off audit");
        HazardLine noControls = new HazardLine("Main site", "Welding", HazardKind.WORKSHOP_MACHINERY, "", "Pupils",
                " ", Residual.HIGH);
        assertThatThrownBy(() -> as("a1.aplead", () -> assessments.approve(provider, 0, "", today,
                List.of(noControls)))).isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("controls");
        assertThatThrownBy(() -> as("a1.aplead", () -> assessments.approve(provider, 0, "", today.plusDays(1),
                List.of(new HazardLine("Main site", "Welding", HazardKind.WORKSHOP_MACHINERY, "",
                        "Pupils", "Screens and goggles", Residual.HIGH))))).isInstanceOf(RiskAssessmentService.InvalidAssessment.class)
                .hasMessageContaining("future");
        assertThat(state().state()).isEqualTo(RiskState.NONE);
    }

    private static uk.apassure.provider.SiteDetails site(String name) {
        uk.apassure.provider.SiteDetails site = ProviderFixtures.site("Alpha", "AB1 3CD");
        site.setName(name);
        return site;
    }
}
