package uk.apassure.provider.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.dashboard.ui.DashboardView;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.VisitFixtures;

/** The provider page: contacts to call or write, its visits and concerns as the role allows, its audit conditions. */
class ProviderPageSectionsTest extends ViewTest {

    private static final String CONCERN = "A pupil said a volunteer messaged them at night";

    @Autowired
    ProviderService providers;

    @Autowired
    VisitFixtures visits;

    @Autowired
    AuditFixtures audits;

    @Autowired
    ConcernService concerns;

    @Autowired
    SubjectRunner subjects;

    @Test
    void contacts_can_be_called_and_written_to_from_the_page() {
        long provider = visits.approvedProvider("Contact farm");
        subjects.runAs("a1.slt", () -> providers.addContact(provider, ProviderFixtures.contact("Jo Marsh")));
        signInAs("a1.visitor");
        navigate(ProviderView.class, provider);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("tel:01632960123", "mailto:jo.marsh@example.org");
    }

    @Test
    void visiting_staff_record_a_visit_for_this_provider_and_see_its_visits_and_concerns() {
        long provider = visits.approvedProvider("Visited farm");
        long visit = visits.submittedVisit("a1.visitor", provider, LocalDateTime.now().minusDays(1));
        subjects.runAs("a1.visitor", () -> concerns.raise(visit, CONCERN));

        signInAs("a1.visitor");
        navigate(ProviderView.class, provider);
        assertThat($(RouterLink.class).withClassName("record-visit").single().getHref())
                .isEqualTo("visits/new?provider=" + provider);
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getHref).contains("visits/" + visit);
        assertThat(page()).contains(CONCERN);

        signInAs("a1.dsl");
        navigate(DashboardView.class);
        navigate(ProviderView.class, provider);
        assertThat(page()).contains(CONCERN);

        signInAs("a1.slt");
        navigate(DashboardView.class);
        navigate(ProviderView.class, provider);
        assertThat(page()).contains("Safeguarding concerns", "Open").doesNotContain(CONCERN);
    }

    @Test
    void governors_see_numbers_of_visits_concerns_and_conditions() {
        long provider = audits.provider("Governed farm " + System.nanoTime());
        audits.decided(provider);
        long visit = visits.submittedVisit("a1.visitor", provider, LocalDateTime.now().minusDays(1));
        subjects.runAs("a1.visitor", () -> concerns.raise(visit, CONCERN));

        signInAs("a1.governor");
        navigate(ProviderView.class, provider);
        assertThat(page()).contains("1 visit in the last 12 months · 1 open safeguarding concern", "1 open condition · 0 done")
                .doesNotContain(CONCERN, "Send the missing certificates");
        assertThat($(RouterLink.class).withClassName("record-visit").all()).isEmpty();
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getHref).doesNotContain("visits/" + visit);
    }

    @Test
    void the_page_lists_the_conditions_of_its_decided_audits() {
        long provider = audits.provider("Conditional farm " + System.nanoTime());
        long audit = audits.decided(provider);
        signInAs("a1.visitor");
        navigate(ProviderView.class, provider);
        assertThat($(H3.class).withText("Audit conditions").all()).hasSize(1);
        assertThat(page()).contains("Send the missing certificates", "A1 AP Lead");
        assertThat($(RouterLink.class).withClassName("condition-card").single().getHref())
                .isEqualTo("audits/" + audit);
    }

    private String page() {
        return $(ProviderView.class).single().getElement().getTextRecursively();
    }
}
