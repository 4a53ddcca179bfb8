package uk.apassure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.base.domain.Rag;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/** Every step of draft → submitted → safeguarding confirmed → decided, and the ones that are refused. */
class AuditWorkflowTest extends IntegrationTest {

    @Autowired
    AuditService audits;

    @Autowired
    ProviderService providers;

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    EvidenceService evidence;

    private static final List<ConditionInput> NONE = List.of();

    @Test
    void an_ap_lead_starts_a_draft_with_every_item_of_the_current_template() {
        long provider = fixtures.provider("Workflow draft farm");
        long id = fixtures.draft(provider);
        AuditSheet sheet = as("a1.aplead", () -> audits.get(id));
        assertThat(sheet.state()).isEqualTo(AuditState.DRAFT);
        assertThat(sheet.schoolName()).isEqualTo("School A1");
        assertThat(sheet.providerName()).isEqualTo("Workflow draft farm");
        assertThat(sheet.sections()).extracting(AuditSheet.Section::title).contains("Registration and inspection",
                "Policies", "Insurance and compliance certificates", "Curriculum and outcomes",
                "Attendance and communication", "Site and physical environment", "Quality assurance visits");
        assertThat(sheet.items()).hasSizeGreaterThan(30).allMatch(item -> item.outcome() == null);
        assertThat(sheet.rag()).isEqualTo(Rag.AMBER);
    }

    @Test
    void the_online_variant_checks_online_delivery_instead_of_the_site() {
        long provider = fixtures.provider("Workflow online provider");
        long id = as("a1.aplead", () -> audits.start(provider, ChecklistService.PRE_PLACEMENT_ONLINE, null));
        AuditSheet sheet = as("a1.aplead", () -> audits.get(id));
        assertThat(sheet.onlineOnly()).isTrue();
        assertThat(sheet.sections()).extracting(AuditSheet.Section::title)
                .contains("Online delivery (checked by call or online meeting)")
                .doesNotContain("Site and physical environment");
    }

    @Test
    void an_online_provider_is_offered_the_online_checklist_and_others_the_site_visit() {
        var online = uk.apassure.provider.ProviderFixtures.farm("Workflow online suggestion");
        online.setType(uk.apassure.provider.ProviderType.ONLINE_PROVIDER);
        long onlineId = as("a1.aplead", () -> providers.create(online,
                uk.apassure.provider.ProviderFixtures.site("Alpha", "AB1 2CD")));
        long farm = fixtures.provider("Workflow site suggestion");
        assertThat(as("a1.aplead", () -> audits.suggestedTemplate(onlineId)))
                .isEqualTo(ChecklistService.PRE_PLACEMENT_ONLINE);
        assertThat(as("a1.aplead", () -> audits.suggestedTemplate(farm))).isEqualTo(ChecklistService.PRE_PLACEMENT);
    }

    @Test
    void the_whole_workflow_ends_in_a_decision_that_sets_the_provider_status_and_the_register_rag() {
        long provider = fixtures.provider("Workflow full farm");
        long id = fixtures.confirmed(provider);
        AuditSheet confirmed = as("a1.dsl", () -> audits.get(id));
        assertThat(confirmed.state()).isEqualTo(AuditState.SAFEGUARDING_CONFIRMED);
        assertThat(confirmed.submitted().by()).isEqualTo("A1 AP Lead");
        assertThat(confirmed.safeguardingConfirmed().by()).isEqualTo("A1 DSL");
        assertThat(confirmed.items()).filteredOn(AuditSheet.Item::dslConfirms).isNotEmpty()
                .allMatch(item -> "A1 DSL".equals(item.confirmedBy()));
        assertThat(confirmed.items()).filteredOn(item -> !item.dslConfirms()).allMatch(item -> item.confirmedBy() == null);

        as("a1.head", () -> audits.decide(id, confirmed.version(), Decision.APPROVED_WITH_CONDITIONS, "Good farm",
                List.of(new ConditionInput("Send the insurance certificates", "A1 AP Lead",
                        LocalDate.now().plusWeeks(2)))));

        AuditSheet decided = as("a1.aplead", () -> audits.get(id));
        assertThat(decided.state()).isEqualTo(AuditState.DECIDED);
        assertThat(decided.decision()).isEqualTo(Decision.APPROVED_WITH_CONDITIONS);
        assertThat(decided.decided().by()).isEqualTo("A1 Headteacher");
        // every item met, required evidence seen on site: green, frozen at the decision
        assertThat(decided.rag()).isEqualTo(Rag.GREEN);
        assertThat(decided.conditions()).singleElement()
                .satisfies(c -> assertThat(c.owner()).isEqualTo("A1 AP Lead"));
        var page = as("a1.aplead", () -> providers.get(provider));
        assertThat(page.status()).isEqualTo(ProviderStatus.APPROVED_WITH_CONDITIONS);
        assertThat(page.history().getFirst().reason()).startsWith("Pre-placement check audit #" + id);
        var row = as("a1.aplead", () -> providers.list(uk.apassure.provider.ProviderFilter.ANY.withName(
                "Workflow full farm"), org.springframework.data.domain.PageRequest.of(0, 5))).getFirst();
        assertThat(row.auditRag()).isEqualTo(Rag.GREEN);
        assertThat(row.auditOn()).isEqualTo(LocalDate.now());
    }

    @Test
    void a_rejection_marks_the_provider_do_not_use() {
        long provider = fixtures.provider("Workflow rejected farm");
        long id = fixtures.confirmed(provider);
        as("a1.slt", () -> audits.decide(id, fixtures.version(id), Decision.REJECTED, "Unsafe site", NONE));
        assertThat(as("a1.slt", () -> providers.get(provider)).status()).isEqualTo(ProviderStatus.DO_NOT_USE);
    }

    @Test
    void submitting_needs_every_outcome_and_the_ap_lead() {
        long provider = fixtures.provider("Workflow submit farm");
        long id = fixtures.draft(provider);
        assertThatThrownBy(() -> as("a1.aplead", () -> audits.submit(id, fixtures.version(id))))
                .isInstanceOf(InvalidStep.class).hasMessageContaining("every item");
        fixtures.fillAllMet("a1.aplead", id);
        // wrong role: the DSL and SLT fill items but do not submit
        assertThatThrownBy(() -> as("a1.dsl", () -> audits.submit(id, fixtures.version(id))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.slt", () -> audits.submit(id, fixtures.version(id))))
                .isInstanceOf(AccessDeniedException.class);
        // wrong school: an AP lead of school A2 of the same trust
        assertThatThrownBy(() -> as("a2.aplead", () -> audits.submit(id, fixtures.version(id))))
                .isInstanceOf(AccessDeniedException.class);
        // stale version
        assertThatThrownBy(() -> as("a1.aplead", () -> audits.submit(id, fixtures.version(id) + 1)))
                .isInstanceOf(AuditService.ConcurrentEdit.class);
        as("a1.aplead", () -> audits.submit(id, fixtures.version(id)));
        // wrong state: twice
        assertThatThrownBy(() -> as("a1.aplead", () -> audits.submit(id, fixtures.version(id))))
                .isInstanceOf(InvalidStep.class);
    }

    @Test
    void only_the_dsl_of_the_school_confirms_safeguarding_and_only_once_submitted() {
        long provider = fixtures.provider("Workflow dsl farm");
        long draft = fixtures.draft(provider);
        assertThatThrownBy(() -> as("a1.dsl", () -> audits.confirmSafeguarding(draft, fixtures.version(draft))))
                .isInstanceOf(InvalidStep.class);
        long id = fixtures.submitted(fixtures.provider("Workflow dsl farm 2"));
        for (String wrongRole : List.of("a1.aplead", "a1.slt", "a1.head", "a.trustlead")) {
            assertThatThrownBy(() -> as(wrongRole, () -> audits.confirmSafeguarding(id, fixtures.version(id))))
                    .as(wrongRole).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as("a2.dsl", () -> audits.confirmSafeguarding(id, fixtures.version(id))))
                .isInstanceOf(AccessDeniedException.class);
        as("a1.dsl", () -> audits.confirmSafeguarding(id, fixtures.version(id)));
        assertThat(as("a1.dsl", () -> audits.get(id)).state()).isEqualTo(AuditState.SAFEGUARDING_CONFIRMED);
    }

    @Test
    void once_submitted_only_the_dsl_changes_safeguarding_items_and_nobody_changes_the_rest() {
        long id = fixtures.submitted(fixtures.provider("Workflow submitted items farm"));
        AuditSheet sheet = as("a1.aplead", () -> audits.get(id));
        AuditSheet.Item dslItem = sheet.items().stream().filter(AuditSheet.Item::dslConfirms).findFirst().orElseThrow();
        AuditSheet.Item other = sheet.items().stream().filter(i -> !i.dslConfirms()).findFirst().orElseThrow();
        ItemAnswer partly = new ItemAnswer(Outcome.PARTLY_MET, "Policy out of date", LocalDate.now().plusMonths(1));
        assertThatThrownBy(() -> as("a1.aplead", () -> audits.recordItem(id, dslItem.id(), dslItem.version(), partly)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.dsl", () -> audits.recordItem(id, other.id(), other.version(), partly)))
                .isInstanceOf(InvalidStep.class);
        as("a1.dsl", () -> audits.recordItem(id, dslItem.id(), dslItem.version(), partly));
        assertThat(as("a1.dsl", () -> audits.get(id)).items()).filteredOn(i -> i.id() == dslItem.id()).singleElement()
                .satisfies(i -> assertThat(i.outcome()).isEqualTo(Outcome.PARTLY_MET));
    }

    @Test
    void deciding_needs_slt_or_the_headteacher_of_the_school_after_the_dsl() {
        long submitted = fixtures.submitted(fixtures.provider("Workflow decide early farm"));
        assertThatThrownBy(() -> as("a1.slt", () -> audits.decide(submitted, fixtures.version(submitted),
                Decision.APPROVED, "", NONE))).isInstanceOf(InvalidStep.class);
        long id = fixtures.confirmed(fixtures.provider("Workflow decide farm"));
        for (String wrongRole : List.of("a1.aplead", "a1.dsl", "a1.governor", "a.trustlead")) {
            assertThatThrownBy(() -> as(wrongRole, () -> audits.decide(id, fixtures.version(id), Decision.APPROVED, "",
                    NONE))).as(wrongRole).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as("a2.slt", () -> audits.decide(id, fixtures.version(id), Decision.APPROVED, "",
                NONE))).isInstanceOf(AccessDeniedException.class);
        // another trust does not even see it
        assertThatThrownBy(() -> as("b1.slt", () -> audits.decide(id, fixtures.version(id), Decision.APPROVED, "",
                NONE))).isInstanceOf(AuditService.NotFound.class);
        assertThatThrownBy(() -> as("a1.slt", () -> audits.decide(id, fixtures.version(id),
                Decision.APPROVED_WITH_CONDITIONS, "", NONE))).isInstanceOf(InvalidStep.class)
                .hasMessageContaining("condition");
        as("a1.slt", () -> audits.decide(id, fixtures.version(id), Decision.APPROVED, "", NONE));
        assertThatThrownBy(() -> as("a1.slt", () -> audits.decide(id, fixtures.version(id), Decision.REJECTED, "",
                NONE))).isInstanceOf(InvalidStep.class);
    }

    @Test
    void a_red_audit_cannot_be_approved_outright() {
        long provider = fixtures.provider("Workflow red farm");
        long id = fixtures.draft(provider);
        fixtures.fillAllMet("a1.aplead", id);
        AuditSheet.Item critical = as("a1.aplead", () -> audits.get(id)).items().stream()
                .filter(AuditSheet.Item::critical).filter(i -> !i.dslConfirms()).findFirst().orElseThrow();
        as("a1.aplead", () -> audits.recordItem(id, critical.id(), critical.version(),
                new ItemAnswer(Outcome.NOT_MET, "No registers kept", null)));
        as("a1.aplead", () -> audits.submit(id, fixtures.version(id)));
        as("a1.dsl", () -> audits.confirmSafeguarding(id, fixtures.version(id)));
        assertThat(as("a1.slt", () -> audits.get(id)).rag()).isEqualTo(Rag.RED);
        assertThatThrownBy(() -> as("a1.slt", () -> audits.decide(id, fixtures.version(id), Decision.APPROVED, "",
                NONE))).isInstanceOf(InvalidStep.class).hasMessageContaining("red");
    }

    @Test
    void a_decided_audit_is_read_only_and_is_corrected_by_a_new_audit_that_refers_to_it() {
        long provider = fixtures.provider("Workflow corrected farm");
        long id = fixtures.decided(provider);
        AuditSheet.Item item = as("a1.aplead", () -> audits.get(id)).items().getFirst();
        assertThatThrownBy(() -> as("a1.aplead", () -> audits.recordItem(id, item.id(), item.version(),
                new ItemAnswer(Outcome.NOT_MET, "changed my mind", null)))).isInstanceOf(InvalidStep.class);
        long draft = fixtures.draft(provider);
        assertThatThrownBy(() -> as("a1.aplead", () -> audits.start(provider, ChecklistService.PRE_PLACEMENT, draft)))
                .as("only a decided audit is corrected").isInstanceOf(InvalidStep.class);
        long correction = as("a1.aplead", () -> audits.start(provider, ChecklistService.PRE_PLACEMENT, id));
        assertThat(as("a1.aplead", () -> audits.get(correction)).correctsAuditId()).isEqualTo(id);
        assertThat(as("a1.aplead", () -> audits.get(id)).correctionId()).isEqualTo(correction);
    }

    @Test
    void pressing_start_a_correction_twice_never_makes_a_second_draft() {
        long provider = fixtures.provider("Workflow correction twice farm");
        long id = fixtures.decided(provider);
        long first = as("a1.aplead", () -> audits.start(provider, ChecklistService.PRE_PLACEMENT, id));
        assertThatThrownBy(() -> as("a1.slt", () -> audits.start(provider, ChecklistService.PRE_PLACEMENT, id)))
                .isInstanceOf(InvalidStep.class).hasMessageContaining("already has a correction: audit #" + first);
        // another school of the trust does not correct this school's checks
        assertThatThrownBy(() -> as("a2.aplead", () -> audits.start(provider, ChecklistService.PRE_PLACEMENT, id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("a1.aplead", () -> audits.forProvider(provider)))
                .filteredOn(row -> row.state() == AuditState.DRAFT).extracting(AuditRow::id).containsExactly(first);
    }

    @Test
    void a_correction_starts_from_the_decided_audits_answers_and_files() {
        long provider = fixtures.provider("Workflow correction answers farm");
        long id = fixtures.draft(provider);
        AuditSheet.Item first = as("a1.aplead", () -> audits.get(id)).items().getFirst();
        as("a1.aplead", () -> evidence.upload(id, first.id(), "register.pdf", EvidenceFiles.pdf("register")));
        fixtures.fillAllMet("a1.aplead", id);
        AuditSheet.Item noted = as("a1.aplead", () -> audits.get(id)).items().get(3);
        as("a1.aplead", () -> audits.recordItem(id, noted.id(), noted.version(),
                new ItemAnswer(Outcome.PARTLY_MET, "Policy due for review", noted.expiresOn(), noted.seenNotKeptReason())));
        as("a1.aplead", () -> audits.submit(id, fixtures.version(id)));
        as("a1.dsl", () -> audits.confirmSafeguarding(id, fixtures.version(id)));
        as("a1.slt", () -> audits.decide(id, fixtures.version(id), Decision.REJECTED, "", NONE));
        AuditSheet decided = as("a1.aplead", () -> audits.get(id));

        long correction = as("a1.aplead", () -> audits.start(provider, ChecklistService.PRE_PLACEMENT, id));
        AuditSheet copy = as("a1.aplead", () -> audits.get(correction));
        assertThat(copy.state()).isEqualTo(AuditState.DRAFT);
        assertThat(copy.items()).extracting(AuditSheet.Item::prompt)
                .containsExactlyElementsOf(decided.items().stream().map(AuditSheet.Item::prompt).toList());
        assertThat(copy.items()).extracting(AuditSheet.Item::outcome)
                .containsExactlyElementsOf(decided.items().stream().map(AuditSheet.Item::outcome).toList());
        assertThat(copy.items().get(3).note()).isEqualTo("Policy due for review");
        assertThat(copy.items()).extracting(AuditSheet.Item::seenNotKeptReason)
                .containsExactlyElementsOf(decided.items().stream().map(AuditSheet.Item::seenNotKeptReason).toList());
        assertThat(copy.items()).allMatch(item -> item.confirmedBy() == null);
        AuditSheet.EvidenceFile file = copy.items().getFirst().evidence().getFirst();
        assertThat(file.fileName()).isEqualTo("register.pdf");
        assertThat(file.id()).isNotEqualTo(decided.items().getFirst().evidence().getFirst().id());
        assertThat(as("a1.aplead", () -> evidence.download(file.id())).content()).isEqualTo(
                as("a1.aplead", () -> evidence.download(decided.items().getFirst().evidence().getFirst().id())).content());
    }

    @Test
    void a_needed_expiry_date_is_required_and_notes_are_limited() {
        long id = fixtures.draft(fixtures.provider("Workflow expiry farm"));
        AuditSheet.Item insurance = as("a1.aplead", () -> audits.get(id)).items().stream()
                .filter(i -> i.prompt().equals("Public liability insurance")).findFirst().orElseThrow();
        assertThatThrownBy(() -> as("a1.aplead", () -> audits.recordItem(id, insurance.id(), insurance.version(),
                new ItemAnswer(Outcome.PARTLY_MET, "", null)))).isInstanceOf(InvalidStep.class)
                .hasMessageContaining("expiry");
        assertThatThrownBy(() -> as("a1.aplead", () -> audits.recordItem(id, insurance.id(), insurance.version(),
                new ItemAnswer(Outcome.PARTLY_MET, "x".repeat(2001), LocalDate.now().plusDays(21)))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }

    @Test
    void visitors_read_audits_but_cannot_start_or_fill_them() {
        long provider = fixtures.provider("Workflow reader farm");
        long id = fixtures.draft(provider);
        assertThat(as("a1.visitor", () -> audits.get(id)).id()).isEqualTo(id);
        assertThat(as("a2.dsl", () -> audits.forProvider(provider))).extracting(AuditRow::id).contains(id);
        assertThatThrownBy(() -> as("a1.visitor", () -> audits.start(provider, ChecklistService.PRE_PLACEMENT, null)))
                .isInstanceOf(AccessDeniedException.class);
        AuditSheet.Item item = as("a1.aplead", () -> audits.get(id)).items().getFirst();
        assertThatThrownBy(() -> as("a1.governor", () -> audits.recordItem(id, item.id(), item.version(),
                new ItemAnswer(Outcome.MET, "", null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a2.dsl", () -> audits.recordItem(id, item.id(), item.version(),
                new ItemAnswer(Outcome.MET, "", null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("b.trustlead", () -> audits.get(id))).isInstanceOf(AuditService.NotFound.class);
        assertThat(as("b.trustlead", () -> audits.forProvider(provider))).isEmpty();
    }
}
