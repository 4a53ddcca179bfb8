package uk.apassure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.base.domain.Rag;
import uk.apassure.base.time.SchoolTime;

/**
 * Answers saved as they are typed: partial answers, optimistic locking, the evidence an item
 * requires, and dates that are impossible or already past.
 */
class AuditAnswersTest extends IntegrationTest {

    @Autowired
    AuditService audits;

    @Autowired
    EvidenceService evidence;

    @Autowired
    AuditFixtures fixtures;

    private AuditSheet.Item item(long auditId, java.util.function.Predicate<AuditSheet.Item> which) {
        return as("a1.aplead", () -> audits.get(auditId)).items().stream().filter(which).findFirst().orElseThrow();
    }

    private static LocalDate today() {
        return LocalDate.now(SchoolTime.ZONE);
    }

    @Test
    void a_note_is_saved_before_the_outcome_is_chosen_and_each_save_returns_the_next_version() {
        long id = fixtures.draft(fixtures.provider("Answers partial farm"));
        AuditSheet.Item first = item(id, i -> true);
        ItemSaved saved = as("a1.aplead", () -> audits.recordItem(id, first.id(), first.version(),
                new ItemAnswer(null, "Register checked, awaiting the letter", null)));
        assertThat(saved.warning()).isNull();
        assertThat(item(id, i -> i.id() == first.id())).satisfies(i -> {
            assertThat(i.note()).isEqualTo("Register checked, awaiting the letter");
            assertThat(i.outcome()).isNull();
            assertThat(i.version()).isEqualTo(saved.version());
        });
        as("a1.aplead", () -> audits.recordItem(id, first.id(), saved.version(),
                new ItemAnswer(Outcome.NOT_APPLICABLE, "Not registered: an unregistered provider", null)));
    }

    @Test
    void a_concurrent_edit_is_refused_and_the_first_answer_is_kept() {
        long id = fixtures.draft(fixtures.provider("Answers race farm"));
        AuditSheet.Item first = item(id, i -> true);
        // the DSL and the AP lead both opened the audit; the DSL saves first
        as("a1.dsl", () -> audits.recordItem(id, first.id(), first.version(), new ItemAnswer(null, "DSL's note", null)));
        assertThatThrownBy(() -> as("a1.aplead", () -> audits.recordItem(id, first.id(), first.version(),
                new ItemAnswer(null, "AP lead's note", null)))).isInstanceOf(AuditService.ConcurrentEdit.class)
                .hasMessageContaining("Someone else saved");
        assertThat(item(id, i -> i.id() == first.id()).note()).isEqualTo("DSL's note");
    }

    @Test
    void an_item_that_requires_evidence_is_met_only_with_a_file_or_seen_on_site_with_a_reason() {
        long id = fixtures.draft(fixtures.provider("Answers evidence farm"));
        AuditSheet.Item policy = item(id, i -> i.evidenceRequired() && !i.needsExpiry());
        assertThatThrownBy(() -> as("a1.aplead", () -> audits.recordItem(id, policy.id(), policy.version(),
                new ItemAnswer(Outcome.MET, "", null)))).isInstanceOf(InvalidStep.class)
                .hasMessageContaining("requires evidence");
        assertThatThrownBy(() -> as("a1.aplead", () -> audits.recordItem(id, policy.id(), policy.version(),
                new ItemAnswer(Outcome.MET, "", null, "  ")))).isInstanceOf(InvalidStep.class)
                .hasMessageContaining("Say why");
        // partly met without a file is an honest answer (and rates amber)
        long v1 = as("a1.aplead", () -> audits.recordItem(id, policy.id(), policy.version(),
                new ItemAnswer(Outcome.PARTLY_MET, "Only a draft seen", null))).version();
        long v2 = as("a1.aplead", () -> audits.recordItem(id, policy.id(), v1,
                new ItemAnswer(Outcome.MET, "", null, "Seen in the office; the provider would not release a copy")))
                .version();
        assertThat(item(id, i -> i.id() == policy.id())).satisfies(i -> {
            assertThat(i.outcome()).isEqualTo(Outcome.MET);
            assertThat(i.seenNotKeptReason()).isEqualTo("Seen in the office; the provider would not release a copy");
            assertThat(i.mayBeMet()).isTrue();
        });
        // with a file instead
        AuditSheet.Item other = item(id, i -> i.evidenceRequired() && !i.needsExpiry() && i.id() != policy.id());
        as("a1.aplead", () -> evidence.upload(id, other.id(), "policy.pdf", EvidenceFiles.pdf("policy")));
        as("a1.aplead", () -> audits.recordItem(id, other.id(), other.version(), new ItemAnswer(Outcome.MET, "", null)));
        assertThat(item(id, i -> i.id() == other.id()).outcome()).isEqualTo(Outcome.MET);
        assertThat(v2).isGreaterThan(v1);
    }

    @Test
    void an_audit_is_not_submitted_with_an_item_met_without_the_evidence_it_requires() {
        long id = fixtures.draft(fixtures.provider("Answers submit evidence farm"));
        fixtures.fillAllMet("a1.aplead", id);
        AuditSheet.Item seen = item(id, AuditSheet.Item::evidenceRequired);
        // the reason is removed while the outcome stays "met": refused at once
        assertThatThrownBy(() -> as("a1.aplead", () -> audits.recordItem(id, seen.id(), seen.version(),
                new ItemAnswer(Outcome.MET, "", seen.expiresOn(), null)))).isInstanceOf(InvalidStep.class);
        as("a1.aplead", () -> audits.submit(id, fixtures.version(id)));
        assertThat(as("a1.aplead", () -> audits.get(id)).state()).isEqualTo(AuditState.SUBMITTED);
    }

    @Test
    void impossible_dates_are_refused_with_a_clear_message() {
        long id = fixtures.draft(fixtures.provider("Answers date farm"));
        AuditSheet.Item insurance = item(id, i -> i.prompt().equals("Public liability insurance"));
        for (LocalDate impossible : new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(1900, 1, 1),
                LocalDate.of(9999, 12, 31), today().plusYears(11)}) {
            assertThatThrownBy(() -> as("a1.aplead", () -> audits.recordItem(id, insurance.id(), insurance.version(),
                    new ItemAnswer(Outcome.PARTLY_MET, "", impossible)))).as(impossible.toString())
                    .isInstanceOf(InvalidStep.class).hasMessageContaining("is not a real one")
                    .hasMessageContaining("01/01/2000");
        }
        as("a1.aplead", () -> audits.recordItem(id, insurance.id(), insurance.version(),
                new ItemAnswer(Outcome.PARTLY_MET, "", LocalDate.of(2027, 12, 31))));
        assertThat(item(id, i -> i.id() == insurance.id()).expiresOn()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void evidence_that_expired_in_2020_is_accepted_with_a_warning_and_rates_overdue() {
        long id = fixtures.draft(fixtures.provider("Answers expired farm"));
        fixtures.fillAllMet("a1.aplead", id);
        assertThat(as("a1.aplead", () -> audits.get(id)).rag()).isEqualTo(Rag.GREEN);
        AuditSheet.Item insurance = item(id, i -> i.prompt().equals("Public liability insurance"));
        ItemSaved saved = as("a1.aplead", () -> audits.recordItem(id, insurance.id(), insurance.version(),
                new ItemAnswer(Outcome.MET, "Old certificate", LocalDate.of(2020, 6, 1), insurance.seenNotKeptReason())));
        assertThat(saved.warning()).contains("expired on Mon 1 Jun 2020").contains("overdue");
        AuditSheet sheet = as("a1.aplead", () -> audits.get(id));
        assertThat(sheet.rag()).isEqualTo(Rag.AMBER);
        assertThat(sheet.sections()).filteredOn(s -> s.title().startsWith("Insurance")).singleElement()
                .satisfies(s -> assertThat(s.rag()).isEqualTo(Rag.AMBER));
    }

    @Test
    void condition_due_dates_are_refused_in_the_past_or_beyond_ten_years() {
        long id = fixtures.confirmed(fixtures.provider("Answers condition date farm"));
        for (LocalDate impossible : new LocalDate[] {today().minusDays(1), LocalDate.of(9999, 1, 1)}) {
            assertThatThrownBy(() -> as("a1.slt", () -> audits.decide(id, fixtures.version(id),
                    Decision.APPROVED_WITH_CONDITIONS, "", java.util.List.of(new ConditionInput("Send the policy",
                            "AP lead", impossible))))).as(impossible.toString()).isInstanceOfAny(InvalidStep.class,
                    jakarta.validation.ConstraintViolationException.class);
        }
        as("a1.slt", () -> audits.decide(id, fixtures.version(id), Decision.APPROVED_WITH_CONDITIONS, "",
                java.util.List.of(new ConditionInput("Send the policy", "AP lead", today().plusMonths(6)))));
        assertThat(as("a1.slt", () -> audits.get(id)).conditions().getFirst().dueOn()).isEqualTo(today().plusMonths(6));
    }
}
