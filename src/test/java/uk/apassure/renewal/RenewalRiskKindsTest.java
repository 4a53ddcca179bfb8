package uk.apassure.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.base.time.MutableClock;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.SiteKind;
import uk.apassure.pupilrisk.PupilRiskFixtures;
import uk.apassure.risk.RiskAssessmentService;
import uk.apassure.risk.RiskDraft;
import uk.apassure.security.AccessGuard;

/**
 * The risk-assessment kinds of {@code /renewals}: a provider's assessment a year after approval (and
 * "review needed" at once on a material change), a pupil's at its review date, inside the pupil's
 * school only and without the pupil's name.
 */
class RenewalRiskKindsTest extends IntegrationTest {

    private static final LocalDate APPROVED = LocalDate.of(2026, 3, 10);

    @Autowired
    AuditFixtures audits;
    @Autowired
    RiskAssessmentService assessments;
    @Autowired
    ProviderService providers;
    @Autowired
    PlacementFixtures placements;
    @Autowired
    PupilRiskFixtures pupilRisks;
    @Autowired
    RenewalItems items;
    @Autowired
    RenewalStore store;
    @Autowired
    AccessGuard access;
    @Autowired
    JdbcTemplate jdbc;

    private final MutableClock clock = new MutableClock();
    private RenewalService renewals;
    private long provider;

    @BeforeEach
    void aProviderWithASignedOffAudit() {
        renewals = new RenewalService(items, store, access, clock, RenewalService.DEFAULT_DUE_SOON_DAYS);
        provider = audits.provider("Risk renewal farm " + UUID.randomUUID().toString().substring(0, 6));
        audits.decided(provider);
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(SchoolTime.ZONE).toInstant());
    }

    private List<RenewalItem> rows(String user, RenewalKind kind) {
        return as(user, () -> renewals.list(RenewalFilter.ANY.withProvider(provider).withKind(kind), Pageable.unpaged()));
    }

    @Test
    void a_provider_risk_assessment_is_due_soon_28_days_before_its_anniversary_overdue_after_it_and_needs_review_on_a_new_site() {
        as("a1.aplead", () -> {
            RiskDraft draft = assessments.draft(provider);
            return assessments.approve(provider, draft.currentNumber(), "", APPROVED, draft.lines());
        });
        LocalDate anniversary = APPROVED.plusYears(1);

        today(anniversary.minusDays(29));
        assertThat(rows("a1.aplead", RenewalKind.PROVIDER_RISK)).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(RenewalState.OK);
            assertThat(row.dueOn()).isEqualTo(anniversary);
            assertThat(row.what()).isEqualTo("Risk assessment, version 1");
        });
        today(anniversary.minusDays(28));
        assertThat(rows("a1.aplead", RenewalKind.PROVIDER_RISK)).singleElement()
                .extracting(RenewalItem::state).isEqualTo(RenewalState.DUE_SOON);
        today(anniversary);
        assertThat(rows("a1.aplead", RenewalKind.PROVIDER_RISK)).singleElement()
                .extracting(RenewalItem::state).isEqualTo(RenewalState.DUE_SOON);
        today(anniversary.plusDays(1));
        assertThat(rows("a1.aplead", RenewalKind.PROVIDER_RISK)).singleElement()
                .extracting(RenewalItem::state).isEqualTo(RenewalState.OVERDUE);

        today(anniversary.minusDays(200));
        as("a1.aplead", () -> providers.addSite(provider, SiteKind.SATELLITE, site("Orchard annexe")));
        assertThat(rows("a1.aplead", RenewalKind.PROVIDER_RISK)).singleElement()
                .extracting(RenewalItem::state).isEqualTo(RenewalState.REVIEW_NEEDED);
    }

    @Test
    void a_pupil_risk_assessment_is_due_at_its_review_date_and_stays_inside_the_pupils_school() {
        placements.termDates(world.schoolA1);
        long placement = placements.proposed("a1.aplead", LocalDate.of(2026, 9, 7), Map.of(provider, List.of(DayOfWeek.MONDAY)));
        pupilRisks.approved("a1.slt", placement, LocalDate.of(2026, 9, 1));
        LocalDate reviewDue = LocalDate.of(2026, 12, 11);
        jdbc.update("UPDATE pupil_risk_assessment SET review_due_on = ? WHERE placement_id = ? AND status = 'APPROVED'",
                reviewDue, placement);

        today(reviewDue.minusDays(29));
        assertThat(rows("a1.aplead", RenewalKind.PUPIL_RISK)).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(RenewalState.OK);
            assertThat(row.what()).isEqualTo("Pupil risk assessment, placement " + placement);
        });
        today(reviewDue.plusDays(1));
        assertThat(rows("a1.aplead", RenewalKind.PUPIL_RISK)).singleElement()
                .extracting(RenewalItem::state).isEqualTo(RenewalState.OVERDUE);
        assertThat(rows("a.trustlead", RenewalKind.PUPIL_RISK)).hasSize(1);
        assertThat(rows("a2.aplead", RenewalKind.PUPIL_RISK)).isEmpty();
    }

    private static uk.apassure.provider.SiteDetails site(String name) {
        uk.apassure.provider.SiteDetails site = ProviderFixtures.site("Alpha", "AB1 3CD");
        site.setName(name);
        return site;
    }
}
