package uk.apassure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard;
import uk.apassure.visit.VisitService;

/** What audit work waits for whom: each list keeps to the user's school and trust; governors get numbers only. */
class AuditWorkTest extends IntegrationTest {

    @Autowired
    AuditWork work;

    @Autowired
    AuditService audits;

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    ProviderService providers;

    @Autowired
    VisitService visits;

    @Test
    void the_dsl_sees_the_submitted_audits_of_their_own_school_only() {
        long mine = fixtures.submitted(fixtures.provider(name("Confirm farm")));
        long otherSchool = submittedBy("a2.aplead", provider("a2.aplead", "A2 farm"));
        long draft = fixtures.draft(fixtures.provider(name("Draft farm")));

        assertThat(as("a1.dsl", () -> work.awaitingConfirmation())).extracting(AuditWaiting::auditId)
                .contains(mine).doesNotContain(otherSchool, draft);
        assertThat(as("a1.dsl", () -> work.awaitingConfirmation())).filteredOn(a -> a.auditId() == mine)
                .singleElement().satisfies(a -> assertThat(a.by()).isEqualTo("A1 AP Lead"));
        assertThat(as("a2.dsl", () -> work.awaitingConfirmation())).extracting(AuditWaiting::auditId)
                .contains(otherSchool).doesNotContain(mine);
        assertThatThrownBy(() -> as("a1.slt", () -> work.awaitingConfirmation()))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
    }

    @Test
    void slt_see_the_audits_waiting_for_their_decision_and_never_another_trusts() {
        long confirmed = fixtures.confirmed(fixtures.provider(name("Decide farm")));
        long submitted = fixtures.submitted(fixtures.provider(name("Not yet farm")));

        assertThat(as("a1.slt", () -> work.awaitingDecision())).extracting(AuditWaiting::auditId)
                .contains(confirmed).doesNotContain(submitted);
        assertThat(as("a1.head", () -> work.awaitingDecision())).extracting(AuditWaiting::auditId).contains(confirmed);
        assertThat(as("a2.slt", () -> work.awaitingDecision())).extracting(AuditWaiting::auditId)
                .doesNotContain(confirmed);
        assertThat(as("b1.slt", () -> work.awaitingDecision())).extracting(AuditWaiting::auditId)
                .doesNotContain(confirmed);
        assertThatThrownBy(() -> as("a1.aplead", () -> work.awaitingDecision()))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
    }

    @Test
    void the_ap_lead_sees_their_schools_drafts() {
        long draft = fixtures.draft(fixtures.provider(name("Draft yard")));
        long otherSchool = as("a2.aplead", () -> audits.start(provider("a2.aplead", "A2 yard"),
                ChecklistService.PRE_PLACEMENT, null));

        assertThat(as("a1.aplead", () -> work.drafts())).extracting(AuditWaiting::auditId)
                .contains(draft).doesNotContain(otherSchool);
    }

    @Test
    void my_conditions_are_the_open_ones_that_name_me_soonest_due_first() {
        long provider = fixtures.provider(name("Conditions farm"));
        long audit = fixtures.confirmed(provider);
        LocalDate today = LocalDate.now();
        as("a1.slt", () -> audits.decide(audit, fixtures.version(audit), Decision.APPROVED_WITH_CONDITIONS, "",
                List.of(new ConditionInput("Send the fire risk assessment", "A1 AP Lead", today.plusDays(20)),
                        new ConditionInput("Send the insurance certificate", "A1 AP Lead", today.plusDays(3)),
                        new ConditionInput("Check the DBS list", "A1 DSL", today.plusDays(1)))));

        assertThat(as("a1.aplead", () -> work.myConditions())).filteredOn(c -> c.auditId() == audit)
                .extracting(ConditionRow::description)
                .containsExactly("Send the insurance certificate", "Send the fire risk assessment");
        assertThat(as("a1.dsl", () -> work.myConditions())).filteredOn(c -> c.auditId() == audit)
                .extracting(ConditionRow::description).containsExactly("Check the DBS list");
        assertThat(as("a2.aplead", () -> work.myConditions())).extracting(ConditionRow::auditId).doesNotContain(audit);
        assertThat(as("a1.visitor", () -> work.conditionsOf(provider))).hasSize(3);
        assertThat(as("b1.slt", () -> work.conditionsOf(provider))).isEmpty();
    }

    @Test
    void expiring_evidence_is_listed_for_the_schools_that_use_the_provider() {
        long provider = fixtures.provider(name("Insurance farm"));
        long audit = decidedWithInsuranceExpiring(provider, LocalDate.now().plusDays(10));

        assertThat(as("a1.slt", () -> work.expiringEvidence())).filteredOn(e -> e.auditId() == audit)
                .isNotEmpty().allSatisfy(e -> assertThat(e.expiresOn()).isEqualTo(LocalDate.now().plusDays(10)));
        // School A2 shares the trust's audit but does not use the provider
        assertThat(as("a2.slt", () -> work.expiringEvidence())).extracting(EvidenceDue::auditId).doesNotContain(audit);

        // once A2 visits it, A2 uses it
        as("a2.aplead", () -> visits.startDraft(provider));
        assertThat(as("a2.slt", () -> work.expiringEvidence())).extracting(EvidenceDue::auditId).contains(audit);
        assertThat(as("b1.slt", () -> work.expiringEvidence())).extracting(EvidenceDue::auditId).doesNotContain(audit);
    }

    @Test
    void governors_get_their_schools_numbers_and_no_lists() {
        fixtures.submitted(fixtures.provider(name("Governor farm")));

        SchoolAuditCounts counts = as("a1.governor", () -> work.mySchoolCounts());
        assertThat(counts.awaitingConfirmation()).isPositive();
        assertThatThrownBy(() -> as("a1.governor", () -> work.awaitingConfirmation()))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.governor", () -> work.drafts()))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
    }

    @Test
    void trust_leads_get_numbers_by_school_of_their_own_trust_only() {
        long before = as("a.trustlead", () -> work.countsBySchool()).getOrDefault(world.schoolA2, SchoolAuditCounts.NONE)
                .awaitingConfirmation();
        submittedBy("a2.aplead", provider("a2.aplead", "Trust counted farm"));

        assertThat(as("a.trustlead", () -> work.countsBySchool()).get(world.schoolA2).awaitingConfirmation())
                .isEqualTo(before + 1);
        assertThat(as("a.trustlead", () -> work.countsBySchool())).doesNotContainKey(world.schoolB1);
        assertThat(as("b.trustlead", () -> work.countsBySchool())).doesNotContainKeys(world.schoolA1, world.schoolA2);
        assertThatThrownBy(() -> as("a1.slt", () -> work.countsBySchool()))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
    }

    private long decidedWithInsuranceExpiring(long provider, LocalDate expires) {
        long audit = fixtures.draft(provider);
        as("a1.aplead", () -> {
            for (AuditSheet.Item item : audits.get(audit).items()) {
                audits.recordItem(audit, item.id(), item.version(), new ItemAnswer(Outcome.MET, "Seen",
                        !item.needsExpiry() ? null : item.prompt().contains("liability insurance") ? expires
                                : LocalDate.now().plusYears(1),
                        item.evidenceRequired() ? AuditFixtures.SEEN_ON_SITE : null));
            }
            audits.submit(audit, fixtures.version(audit));
        });
        as("a1.dsl", () -> audits.confirmSafeguarding(audit, fixtures.version(audit)));
        as("a1.slt", () -> audits.decide(audit, fixtures.version(audit), Decision.APPROVED, "", List.of()));
        return audit;
    }

    private long submittedBy(String apLead, long provider) {
        long audit = as(apLead, () -> audits.start(provider, ChecklistService.PRE_PLACEMENT, null));
        fixtures.fillAllMet(apLead, audit);
        as(apLead, () -> audits.submit(audit, fixtures.version(audit)));
        return audit;
    }

    private long provider(String username, String name) {
        return as(username, () -> providers.create(ProviderFixtures.farm(name(name)),
                ProviderFixtures.site("Alpha", "AB1 2CD")));
    }

    private static String name(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }
}
