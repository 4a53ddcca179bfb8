package uk.apassure.security.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.ConditionInput;
import uk.apassure.audit.ItemAnswer;
import uk.apassure.base.time.InTermClock;
import uk.apassure.calendar.CalendarService;
import uk.apassure.organisation.UserAdminService;
import uk.apassure.organisation.UserAdminService.NewAccount;
import uk.apassure.placement.NoticeDetails;
import uk.apassure.placement.NoticeService;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.PlacementTerms;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.PupilDetails;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.provider.SiteKind;
import uk.apassure.pupilrisk.PupilRiskFixtures;
import uk.apassure.pupilrisk.PupilRiskService;
import uk.apassure.pupilrisk.RiskLine;
import uk.apassure.review.ReviewDraft;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.review.ReviewService;
import uk.apassure.risk.ChangeKind;
import uk.apassure.risk.HazardLine;
import uk.apassure.risk.RiskAssessmentService;
import uk.apassure.risk.RiskDraft;
import uk.apassure.security.Role;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.FollowUpService;
import uk.apassure.visit.VisitDraft;
import uk.apassure.visit.VisitFixtures;
import uk.apassure.visit.VisitService;

/**
 * Hostile text put straight into the services behind every form (the UI only hides; the server
 * decides): each command either stores the text as text or refuses it with a message the user can
 * read, never a database or server error; control characters, bidi overrides and 100,000
 * characters are always refused, and no text column ends up holding a hidden character.
 */
@Import(InTermClock.class)
class ServiceFuzzTest extends IntegrationTest {

    @Autowired Clock clock;
    @Autowired StoredText stored;
    @Autowired ProviderService providers;
    @Autowired VisitService visits;
    @Autowired VisitFixtures visitFixtures;
    @Autowired ConcernService concerns;
    @Autowired FollowUpService followUps;
    @Autowired PlacementService placements;
    @Autowired PlacementFixtures placementFixtures;
    @Autowired NoticeService notices;
    @Autowired ReviewService reviews;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired PupilRiskService pupilRisks;
    @Autowired PupilRiskFixtures pupilRiskFixtures;
    @Autowired RiskAssessmentService riskAssessments;
    @Autowired AuditService audits;
    @Autowired AuditFixtures auditFixtures;
    @Autowired CalendarService calendars;
    @Autowired UserAdminService users;

    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void inTerm() {
        InTermClock.reset(clock);
    }

    @AfterEach
    void nothingHiddenWasStored() {
        assertThat(stored.columnsWithHiddenCharacters()).as("text columns holding control characters").isEmpty();
    }

    private static String fresh(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** Each text field of the form {@code valid} makes, with each hostile value, through {@code call}. */
    private <T> void fuzz(String command, String user, Supplier<T> valid, Consumer<T> call) {
        for (Hostile.Mutant<T> mutant : Hostile.mutants(valid)) {
            check(command + " " + mutant, mutant.value(), () -> as(user, () -> call.accept(mutant.form())));
        }
    }

    /** A single text parameter with each hostile value. */
    private void fuzzText(String command, String user, Consumer<String> call) {
        for (Hostile.Value value : Hostile.TEXTS) {
            check(command + " = " + value, value, () -> as(user, () -> call.accept(value.text())));
        }
    }

    private void check(String what, Hostile.Value value, Runnable call) {
        Outcome outcome = Outcome.of(call);
        if (outcome.kind() == Outcome.Kind.BROKE || value.mustRefuse() && outcome.kind() != Outcome.Kind.REFUSED) {
            failures.add(what + ": " + outcome);
        }
    }

    private void assertNoFailures() {
        assertThat(failures).as("hostile input stored or answered with a server error").isEmpty();
    }

    @Test
    void provider_details_sites_contacts_and_status_reasons() {
        fuzz("create provider", "a1.aplead", () -> ProviderFixtures.farm(fresh("Fuzz farm")),
                details -> providers.create(details, ProviderFixtures.site("Alpha", "AB1 2CD")));
        fuzz("create provider's site", "a1.aplead", () -> ProviderFixtures.site("Alpha", "AB1 2CD"),
                site -> providers.create(ProviderFixtures.farm(fresh("Fuzz farm")), site));
        long provider = as("a1.aplead", () -> providers.create(ProviderFixtures.farm(fresh("Fuzz farm")),
                ProviderFixtures.site("Alpha", "AB1 2CD")));
        fuzz("add site", "a1.aplead", () -> ProviderFixtures.site("Beta", "AB1 2CD"),
                site -> providers.addSite(provider, SiteKind.SATELLITE, site));
        fuzz("add contact", "a1.aplead", () -> ProviderFixtures.contact("Jo Marsh"),
                contact -> providers.addContact(provider, contact));
        fuzzText("change status reason", "a1.slt", reason -> providers.changeStatus(provider,
                providers.get(provider).details().getVersion(), ProviderStatus.APPROVED, reason));
        assertNoFailures();
    }

    @Test
    void visit_drafts_concerns_and_actions() {
        long provider = visitFixtures.approvedProvider("Fuzz visit farm");
        long visit = visitFixtures.draftVisit("a1.visitor", provider);
        fuzz("save visit draft", "a1.visitor", () -> as("a1.visitor", () -> VisitFixtures.complete(visits.get(visit).draft())),
                draft -> visits.saveDraft(visit, draft));
        fuzzText("add action description", "a1.visitor",
                text -> followUps.add(visit, text, "A1 AP Lead", LocalDate.now(clock).plusWeeks(2)));
        fuzzText("add action owner", "a1.visitor",
                text -> followUps.add(visit, "Send the fire certificate", text, LocalDate.now(clock).plusWeeks(2)));
        for (Hostile.Value value : Hostile.TEXTS) {
            long submitted = visitFixtures.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 11, 20, 10, 0));
            check("raise concern = " + value, value, () -> as("a1.visitor", () -> concerns.raise(submitted,
                    value.text())));
        }
        long concern = as("a1.visitor", () -> concerns.raise(visitFixtures.submittedVisit("a1.visitor", provider,
                LocalDateTime.of(2026, 11, 21, 10, 0)), "Pupil left site unaccompanied"));
        fuzzText("close concern outcome", "a1.dsl", outcome -> concerns.close(concern, 0, outcome));
        assertNoFailures();
    }

    @Test
    void placement_pupil_terms_notice_and_status_reasons() {
        long provider = reviewFixtures.provider(fresh("Fuzz placement farm"));
        PlacementTerms terms = placementFixtures.terms(PlacementType.VOCATIONAL, LocalDate.of(2026, 12, 1), provider);
        fuzz("propose pupil", "a1.aplead", () -> PlacementFixtures.pupil("Riley", "Fuzz"),
                pupil -> placements.propose(pupil, terms));
        fuzz("propose terms", "a1.aplead",
                () -> placementFixtures.terms(PlacementType.VOCATIONAL, LocalDate.of(2026, 12, 1), provider),
                changed -> placements.propose(PlacementFixtures.pupil("Riley", "Fuzz"), changed));
        long placement = as("a1.aplead", () -> placements.propose(PlacementFixtures.pupil("Riley", "Fuzz"), terms));
        fuzz("notice details", "a1.aplead",
                () -> new NoticeDetails("Re-engage", "A1 office", "Call the office", "Bus 42", "Boots"),
                notice -> notices.update(placement, placements.get(placement).version(), notice));
        fuzzText("change placement status reason", "a1.slt", reason -> placements.changeStatus(placement,
                placements.get(placement).version(), PlacementStatus.ENDED, reason, null));
        assertNoFailures();
    }

    @Test
    void pupil_risk_lines_and_review_notes() {
        long provider = reviewFixtures.provider(fresh("Fuzz pupil risk farm"));
        long placement = reviewFixtures.activeAtA2(provider);
        fuzz("pupil risk line", "a2.dsl", () -> PupilRiskFixtures.TRAVEL, line -> pupilRisks.saveDraft(placement,
                draftVersion(placement), List.of(line)));
        assertNoFailures();
    }

    private Long draftVersion(long placement) {
        var draft = as("a2.dsl", () -> pupilRisks.forPlacement(placement)).draft();
        return draft == null ? null : draft.version();
    }

    @Test
    void review_drafts() {
        long placement = reviewFixtures.activeAtA2(reviewFixtures.provider(fresh("Fuzz review farm")));
        long review = as("a2.dsl", () -> reviews.start(placement));
        fuzz("save review draft", "a2.dsl", () -> as("a2.dsl", () -> reviews.get(review)).draft(),
                draft -> reviews.saveDraft(review, draft));
        fuzz("save review outcome", "a2.dsl",
                () -> as("a2.dsl", () -> reviews.get(review)).draft().getOutcomes().getFirst(), line -> {
                    ReviewDraft draft = reviews.get(review).draft();
                    draft.getOutcomes().set(0, line);
                    reviews.saveDraft(review, draft);
                });
        assertNoFailures();
    }

    @Test
    void audit_answers_send_backs_and_decisions() {
        long provider = auditFixtures.provider(fresh("Fuzz audit farm"));
        long audit = auditFixtures.draft(provider);
        AuditSheet.Item first = as("a1.aplead", () -> audits.get(audit)).items().getFirst();
        fuzzText("audit item note", "a1.aplead", note -> audits.recordItem(audit, first.id(),
                audits.get(audit).items().getFirst().version(), new ItemAnswer(null, note, null)));
        fuzzText("audit item seen-not-kept reason", "a1.aplead", reason -> audits.recordItem(audit, first.id(),
                audits.get(audit).items().getFirst().version(), new ItemAnswer(null, "", null, reason)));
        long confirmed = auditFixtures.confirmed(auditFixtures.provider(fresh("Fuzz decided farm")));
        fuzz("audit condition", "a1.slt",
                () -> new ConditionInput("Send the certificates", "A1 AP Lead", LocalDate.now(clock).plusWeeks(2)),
                condition -> audits.decide(confirmed, audits.get(confirmed).version(),
                        uk.apassure.audit.Decision.APPROVED_WITH_CONDITIONS, "", List.of(condition)));
        long confirmedAgain = auditFixtures.submitted(auditFixtures.provider(fresh("Fuzz sent back farm")));
        fuzzText("send audit back", "a1.dsl",
                reason -> audits.sendBack(confirmedAgain, audits.get(confirmedAgain).version(), reason));
        assertNoFailures();
    }

    @Test
    void provider_risk_assessments() {
        long provider = reviewFixtures.provider(fresh("Fuzz risk farm"));
        fuzz("hazard line", "a1.aplead", () -> as("a1.aplead", () -> riskAssessments.draft(provider)).lines()
                .getFirst(), line -> {
                    RiskDraft draft = riskAssessments.draft(provider);
                    riskAssessments.approve(provider, draft.currentNumber(), "", LocalDate.now(clock), List.of(line));
                });
        fuzzText("risk summary", "a1.aplead", summary -> {
            RiskDraft draft = riskAssessments.draft(provider);
            riskAssessments.approve(provider, draft.currentNumber(), summary, LocalDate.now(clock), draft.lines());
        });
        fuzzText("report a change", "a1.aplead", detail -> riskAssessments.reportChange(provider,
                ChangeKind.values()[0], detail));
        assertNoFailures();
    }

    @Test
    void bank_holidays_and_accounts() {
        fuzzText("bank holiday name", "a.admin", name -> calendars.addBankHoliday(LocalDate.of(2099,
                1 + (int) (Math.random() * 12), 1 + (int) (Math.random() * 28)), name));
        fuzz("new account", "a.admin",
                () -> new NewAccount(fresh("fuzz").replace(' ', '.'), "Fuzz User", null, world.schoolA1,
                        Set.of(Role.VISITOR)),
                account -> users.create(account));
        assertNoFailures();
    }
}
