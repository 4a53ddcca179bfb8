package uk.apassure.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.ChecklistService;
import uk.apassure.audit.ConditionInput;
import uk.apassure.audit.Decision;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.FollowUpService;
import uk.apassure.visit.VisitFixtures;

/** The start page per person: what waits for them, each row a link to its record; numbers for governors and trust leads. */
class DashboardViewTest extends ViewTest {

    @Autowired
    AuditFixtures audits;

    @Autowired
    AuditService auditService;

    @Autowired
    VisitFixtures visits;

    @Autowired
    FollowUpService followUps;

    @Autowired
    ConcernService concerns;

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    @Autowired
    PlacementFixtures placements;

    @Test
    void the_dsl_sees_the_audits_to_confirm_and_the_open_concerns_of_their_school() {
        long submitted = audits.submitted(audits.provider(name("Confirm farm")));
        long otherSchool = submittedAtA2();
        long visit = visits.submittedVisit("a1.visitor", visits.approvedProvider("Concern farm"),
                LocalDateTime.now().minusDays(1));
        subjects.runAs("a1.visitor", () -> concerns.raise(visit, "Gate left open onto the road"));

        signInAs("a1.dsl");
        navigate(DashboardView.class);
        // the card shows the longest-waiting few; other tests of this context add more, then "See all" links the list
        List<String> confirm = hrefs(card("audits-confirm"));
        assertThat(confirm).doesNotContain("audits/" + otherSchool);
        assertThat(confirm).containsAnyOf("audits/" + submitted, "audits?school=" + world.schoolA1 + "&state=submitted");
        assertThat(hrefs(card("open-concerns"))).contains("visits/" + visit, "visits?concerns=open");
        assertThat($(WorkCard.class).all()).extracting(WorkCard::key).doesNotContain("audits-decide");

        signInAs("a2.dsl");
        navigate(uk.apassure.provider.ui.ProviderListView.class);
        navigate(DashboardView.class);
        assertThat(allHrefs()).contains("audits/" + otherSchool).doesNotContain("audits/" + submitted,
                "visits/" + visit);
    }

    @Test
    void slt_see_the_audits_waiting_for_their_decision() {
        long confirmed = audits.confirmed(audits.provider(name("Decide farm")));

        signInAs("a1.slt");
        navigate(DashboardView.class);
        assertThat(hrefs(card("audits-decide"))).contains("audits/" + confirmed);
        assertThat($(WorkCard.class).all()).extracting(WorkCard::key).doesNotContain("audits-confirm", "open-concerns");
    }

    @Test
    void the_ap_lead_sees_their_actions_and_conditions_by_due_date_drafts_and_visits_due() {
        long audited = audits.provider(name("Condition farm"));
        long audit = audits.confirmed(audited);
        subjects.runAs("a1.slt", () -> auditService.decide(audit, audits.version(audit),
                Decision.APPROVED_WITH_CONDITIONS, "", List.of(new ConditionInput("Send the first aid certificate",
                        "A1 AP Lead", LocalDate.now().plusDays(14)))));
        long visited = visits.approvedProvider("Action farm");
        long draft = visits.draftVisit("a1.aplead", visited);
        subjects.runAs("a1.aplead", () -> followUps.add(draft, "Phone the manager about boots", "A1 AP Lead",
                LocalDate.now().plusDays(2)));
        long unused = visits.approvedProvider("Never used farm");
        // 003: visits fall due per active placement; eight weeks without a submitted visit is overdue
        placements.termDates(world.schoolA1);
        placements.active("a1.aplead", LocalDate.now().minusWeeks(8), Map.of(visited, List.of(DayOfWeek.TUESDAY)));

        signInAs("a1.aplead");
        navigate(DashboardView.class);
        List<String> actions = hrefs(card("actions"));
        assertThat(actions).contains("visits/" + draft, "audits/" + audit);
        assertThat(actions.indexOf("visits/" + draft)).isLessThan(actions.indexOf("audits/" + audit));
        assertThat(hrefs(card("visit-drafts"))).contains("visits/" + draft);
        assertThat(hrefs(card("visits-due"))).contains("providers/" + visited).doesNotContain("providers/" + unused);
        assertThat($(Span.class).withText("Due in 2 days").all()).isNotEmpty();
        assertThat($(H3.class).withText("Due and overdue").all()).isEmpty();
    }

    @Test
    void every_row_of_every_card_opens_a_record() {
        audits.submitted(audits.provider(name("Row farm")));
        signInAs("a1.dsl");
        navigate(DashboardView.class);
        assertThat($(Anchor.class).withClassName("work-row").all()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getHref()).matches("(audits|visits|providers|placements)/\\d+|placements/attendance"));
    }

    @Test
    void governors_see_numbers_only() {
        audits.submitted(audits.provider(name("Governor farm")));
        signInAs("a1.governor");
        navigate(DashboardView.class);
        assertThat($(WorkCard.class).all()).isEmpty();
        assertThat($(CountGroup.class).all()).extracting(group -> group.getChildren().findFirst().orElseThrow()
                .getElement().getText()).contains("At a glance", "Provider register");
        assertThat(allHrefs()).noneMatch(href -> href.matches("(audits|visits)/\\d+"));
    }

    @Test
    void trust_leads_see_their_trusts_schools_with_counts_that_open_the_filtered_lists() {
        submittedAtA2();
        signInAs("a.trustlead");
        navigate(DashboardView.class);
        SchoolTable table = $(SchoolTable.class).single();
        String text = table.getElement().getTextRecursively();
        assertThat(text).contains("School A1", "School A2", "Waiting for DSL", "Open concerns")
                .doesNotContain("School B1");
        assertThat(allHrefs()).anySatisfy(href -> assertThat(href).startsWith("audits?")
                .contains("state=submitted", "school=" + world.schoolA2));
        // their one list of work is trust-wide: providers over the registration trigger, never a pupil
        assertThat($(WorkCard.class).all()).allSatisfy(card -> assertThat(card.getElement().getTextRecursively())
                .startsWith("Providers over the registration trigger"));
    }

    private long submittedAtA2() {
        long provider = subjects.callAs("a2.aplead", () -> providers.create(ProviderFixtures.farm(name("A2 farm")),
                ProviderFixtures.site("Alpha", "AB1 2CD")));
        long audit = subjects.callAs("a2.aplead", () -> auditService.start(provider, ChecklistService.PRE_PLACEMENT,
                null));
        audits.fillAllMet("a2.aplead", audit);
        subjects.runAs("a2.aplead", () -> auditService.submit(audit, audits.version(audit)));
        return audit;
    }

    private WorkCard card(String key) {
        return $(WorkCard.class).all().stream().filter(card -> card.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("No card " + key));
    }

    private List<String> hrefs(WorkCard card) {
        return $(Anchor.class, card).all().stream().map(Anchor::getHref).toList();
    }

    private List<String> allHrefs() {
        return $(Anchor.class).all().stream().map(Anchor::getHref).toList();
    }

    private static String name(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }
}
