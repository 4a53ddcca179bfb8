package uk.apassure.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.ConditionInput;
import uk.apassure.audit.Decision;
import uk.apassure.audit.ItemAnswer;
import uk.apassure.audit.Outcome;
import uk.apassure.provider.OfstedJudgement;
import uk.apassure.provider.ProviderDetails;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.provider.ProviderType;
import uk.apassure.provider.Registration;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.FollowUpService;
import uk.apassure.visit.VisitFixtures;
import uk.apassure.visit.VisitService;

/**
 * What each person sees first: the dashboard of the AP lead, DSL, SLT, trust lead and governor at
 * 768x1024 (screenshots in target/screenshots), every row a link; the register at 1366x768 with no
 * truncated cell and Back to the same filtered list; the visit list on a phone keeps Status and Concern.
 */
class DashboardE2ETest extends BrowserTest {

    private static boolean seeded;

    @Autowired
    ProviderService providers;

    @Autowired
    AuditService audits;

    @Autowired
    VisitService visits;

    @Autowired
    VisitFixtures visitFixtures;

    @Autowired
    FollowUpService followUps;

    @Autowired
    ConcernService concerns;

    @Autowired
    SubjectRunner subjects;

    @BeforeEach
    void aSchoolWithWorkWaiting() {
        synchronized (DashboardE2ETest.class) {
            if (!seeded) {
                seed();
                seeded = true;
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "aplead, a1.aplead, actions",
            "dsl, a1.dsl, audits-confirm",
            "slt, a1.slt, audits-decide",
            "trustlead, a.trustlead, school-table",
            "governor, a1.governor, count-group"})
    void each_person_sees_what_waits_for_them_first(String role, String username, String first) {
        page.navigate(url("/"));
        signIn(username);
        assertThat(page.locator(".dashboard-view")).isVisible();
        assertThat(page.locator(".dashboard-view ." + first).first()).isVisible();
        for (Locator row : page.locator("a.work-row").all()) {
            assertThat(row.getAttribute("href")).matches("(audits|visits|providers)/\\d+");
        }
        if (role.equals("governor")) {
            assertThat(page.locator(".work-card")).hasCount(0);
        }
        assertThat(fitsWidth()).as("no horizontal scrolling at 768x1024").isTrue();
        page.mouse().move(0, 0);
        screenshot("dashboard-" + role + "-768x1024");
    }

    @Test
    void a_row_opens_its_record_and_see_all_opens_the_filtered_list() {
        page.navigate(url("/"));
        signIn("a1.dsl");
        page.locator(".audits-confirm a.work-row").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/audits/\\d+$"));
        page.navigate(url("/"));
        page.locator(".audits-confirm a.work-all").click();
        assertThat(page).hasURL(Pattern.compile(".*/audits\\?.*state=submitted.*"));
        assertThat(page.locator("vaadin-combo-box[aria-label='State'] input, vaadin-combo-box input[aria-label='State']")
                .first()).hasValue("Submitted");
    }

    @Test
    void the_register_fits_a_laptop_and_back_returns_to_the_same_filtered_list() {
        open(1366, 768);
        page.navigate(url("/providers"));
        signIn("a1.slt");
        Locator status = page.getByRole(AriaRole.COMBOBOX, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Status"));
        status.fill("Approved");
        page.getByRole(AriaRole.OPTION, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Approved")
                .setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/providers\\?status=approved$"));
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Kestrel Tuition Online")).filter(new Locator.FilterOptions().setVisible(true))).hasCount(0);
        gridHasRows("provider-grid");
        assertThat(truncatedCells("provider-grid")).as("cells cut off with an ellipsis").isEmpty();
        assertThat(fitsWidth()).isTrue();
        screenshot("providers-1366x768");

        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Riverbend Equine Centre"))
                .first().click();
        assertThat(page).hasURL(Pattern.compile(".*/providers/\\d+$"));
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/providers\\?status=approved$"));
        assertThat(status).hasValue("Approved");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Riverbend Equine Centre")).first()).isVisible();
    }

    @Test
    void the_visit_list_keeps_status_and_concern_on_a_phone_and_names_school_and_visitor_for_the_trust_lead() {
        open(390, 844);
        page.navigate(url("/visits"));
        signIn("a1.visitor");
        gridHasRows("visit-grid");
        for (String header : List.of("Status", "Concern")) {
            Locator cell = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^\\s*" + header + "\\s*$"))).first();
            assertThat(cell).isVisible();
            var box = cell.boundingBox();
            assertThat(box.x + box.width).as(header + " is on screen").isLessThanOrEqualTo(390);
        }
        assertThat(fitsWidth()).isTrue();
        screenshot("visits-390x844");

        open(1366, 768);
        page.navigate(url("/visits"));
        signIn("a.trustlead");
        gridHasRows("visit-grid");
        for (String header : List.of("School", "Visitor", "Status", "Concern")) {
            assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^\\s*" + header + "\\s*$"))).first()).isVisible();
        }
        assertThat(truncatedCells("visit-grid")).isEmpty();
        screenshot("visits-trustlead-1366x768");
    }

    private void gridHasRows(String grid) {
        page.waitForFunction("grid => { const g = document.querySelector('vaadin-grid.' + grid);"
                + " return g !== null && g.size > 0; }", grid);
    }

    /** Text of visible grid cells whose content is wider than the cell (cut off). */
    @SuppressWarnings("unchecked")
    private List<String> truncatedCells(String grid) {
        return (List<String>) page.evaluate("grid => Array.from(document.querySelectorAll('vaadin-grid.' + grid"
                + " + ' vaadin-grid-cell-content')).filter(c => c.offsetParent !== null && c.clientWidth > 0"
                + " && c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.trim())", grid);
    }

    /** School A1 with work for each role, school A2 with some too, as the people would have made it. */
    private void seed() {
        long riverbend = provider("Riverbend Equine Centre", ProviderType.UNREGISTERED_PROVIDER, null, "Corrington");
        long harbour = provider("Harbour Outdoor Learning", ProviderType.UNREGISTERED_PROVIDER, null, "Ashworth");
        long kestrel = provider("Kestrel Tuition Online", ProviderType.ONLINE_PROVIDER, null, "Dunmore");
        long brightpath = provider("Brightpath Independent School", ProviderType.REGISTERED_INDEPENDENT_SCHOOL,
                OfstedJudgement.REQUIRES_IMPROVEMENT, "Brackley Vale");
        long willow = provider("Willow Bank Farm", ProviderType.UNREGISTERED_PROVIDER, null, "Ashworth");
        approve(riverbend);
        approve(harbour);
        approve(willow);

        long submitted = filled("a1.aplead", provider("Summit Climbing Wall", ProviderType.UNREGISTERED_PROVIDER,
                null, "Dunmore"), LocalDate.now().plusYears(1));
        subjects.runAs("a1.aplead", () -> audits.submit(submitted, audits.get(submitted).version()));
        long confirmed = filled("a1.aplead", brightpath, LocalDate.now().plusYears(1));
        subjects.runAs("a1.aplead", () -> audits.submit(confirmed, audits.get(confirmed).version()));
        subjects.runAs("a1.dsl", () -> audits.confirmSafeguarding(confirmed, audits.get(confirmed).version()));
        long conditional = filled("a1.aplead", kestrel, LocalDate.now().plusDays(12));
        subjects.runAs("a1.aplead", () -> audits.submit(conditional, audits.get(conditional).version()));
        subjects.runAs("a1.dsl", () -> audits.confirmSafeguarding(conditional, audits.get(conditional).version()));
        subjects.runAs("a1.slt", () -> audits.decide(conditional, audits.get(conditional).version(),
                Decision.APPROVED_WITH_CONDITIONS, "Checked on a call with the director", List.of(
                        new ConditionInput("Send the updated online safety policy", "A1 AP Lead",
                                LocalDate.now().plusDays(5)),
                        new ConditionInput("Confirm the DBS checks of the two new tutors", "A1 DSL",
                                LocalDate.now().plusDays(9)))));

        long withAction = visitFixtures.draftVisit("a1.aplead", willow);
        subjects.runAs("a1.aplead", () -> followUps.add(withAction, "Ask for the updated animal-contact risk"
                + " assessment", "A1 AP Lead", LocalDate.now().plusDays(2)));
        visitFixtures.submittedVisit("a1.visitor", riverbend, LocalDateTime.now().minusDays(40));
        long concern = visitFixtures.submittedVisit("a1.visitor", harbour, LocalDateTime.now().minusDays(3));
        subjects.runAs("a1.visitor", () -> concerns.raise(concern, "Two pupils were left with a volunteer whose"
                + " DBS check the centre could not show."));
        visitFixtures.draftVisit("a1.visitor", harbour);

        long atA2 = filled("a2.aplead", willow, LocalDate.now().plusYears(1));
        subjects.runAs("a2.aplead", () -> audits.submit(atA2, audits.get(atA2).version()));
        long a2Visit = visitFixtures.submittedVisit("a2.dsl", riverbend, LocalDateTime.now().minusDays(5));
        subjects.runAs("a2.dsl", () -> concerns.raise(a2Visit, "Signing-in book not kept."));
    }

    private long provider(String name, ProviderType type, OfstedJudgement ofsted, String town) {
        ProviderDetails details = ProviderFixtures.farm(name);
        details.setType(type);
        if (type == ProviderType.REGISTERED_INDEPENDENT_SCHOOL) {
            details.setRegistration(Registration.REGISTERED);
            details.setUrn(String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000)));
            details.setOfstedJudgement(ofsted);
            details.setOfstedDate(LocalDate.now().minusMonths(20));
        }
        return subjects.callAs("a1.slt", () -> providers.create(details, ProviderFixtures.site(town, "AB1 2CD")));
    }

    private void approve(long provider) {
        subjects.runAs("a1.slt", () -> providers.changeStatus(provider, providers.get(provider).details().getVersion(),
                ProviderStatus.APPROVED, "Checks complete"));
    }

    /** A draft audit with every item met; insurance expires on {@code insurance}, other dates in a year. */
    private long filled(String username, long provider, LocalDate insurance) {
        return subjects.callAs(username, () -> {
            long id = audits.start(provider, audits.suggestedTemplate(provider), null);
            for (AuditSheet.Item item : audits.get(id).items()) {
                audits.recordItem(id, item.id(), item.version(), new ItemAnswer(Outcome.MET, "Seen",
                        !item.needsExpiry() ? null : item.prompt().contains("liability insurance") ? insurance
                                : LocalDate.now().plusYears(1),
                        item.evidenceRequired() ? uk.apassure.audit.AuditFixtures.SEEN_ON_SITE : null));
            }
            return id;
        });
    }
}
