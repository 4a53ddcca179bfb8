package uk.apassure.provider.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.apassure.placement.FullTimeFixtures.hours;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.dashboard.ui.DashboardView;
import uk.apassure.placement.FullTimeFixtures;
import uk.apassure.placement.ui.PlacementListView;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderRow;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/**
 * The registration trigger where people look: a badge and a filter in the register, a notice on the
 * provider page, the trust lead's dashboard; counts only, never another school's pupil. And the
 * Ofsted-call list one click away for SLT.
 */
class RegistrationTriggerViewsTest extends ViewTest {

    @Autowired
    FullTimeFixtures fixtures;

    @Autowired
    ProviderService providers;

    @Autowired
    SubjectRunner subjects;

    long farm;
    String farmName;

    @BeforeEach
    void anEhcpPupilOfA2FullTimeAtAFarm() {
        farmName = "View trigger farm " + System.nanoTime();
        farm = fixtures.unregistered(farmName);
        fixtures.pupil("a2.aplead", "Quinn Othersch").ehcp().at(farm, hours(18)).active();
        fixtures.pupil("a1.aplead", "Rosa Ownschool").at(farm, hours(6)).active();
    }

    @SuppressWarnings("unchecked")
    private Grid<ProviderRow> grid() {
        return $(Grid.class).withClassName("provider-grid").single();
    }

    private Checkbox triggerFilter() {
        return $(Checkbox.class).withCaption("Registration trigger").single();
    }

    private int rowOf(long provider) {
        return IntStream.range(0, test(grid()).size()).filter(row -> test(grid()).getRow(row).id() == provider)
                .findFirst().orElseThrow();
    }

    /** A property of the register's Status cell (drawn in the browser by a LitRenderer) for the provider's row. */
    private String statusCell(long provider, String property) {
        return test(grid()).getLitRendererPropertyValue(rowOf(provider), "status", property, String.class);
    }

    private static String texts(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void the_register_flags_the_provider_and_filters_to_flagged_providers_with_counts_only() {
        signInAs("a1.slt");
        UI.getCurrent().navigate("providers", QueryParameters.of("trigger", "yes"));

        assertThat(triggerFilter().getValue()).isTrue();
        assertThat(statusCell(farm, "trigger")).isEqualTo("Over registration trigger");
        assertThat(statusCell(farm, "triggerStyle")).isEqualTo("trigger-over");
        assertThat(statusCell(farm, "triggerSummary"))
                .isEqualTo("Registration trigger: 1 pupil full-time, 1 with an EHCP");
        assertThat(statusCell(farm, "status")).isNotBlank();
        long flagged = subjects.callAs("a1.slt", () -> providers.count(ProviderFilter.ANY.withRegistrationTrigger(true)));
        assertThat(test(grid()).size()).isEqualTo((int) flagged);
        assertThat(texts(UI.getCurrent())).doesNotContain("Quinn");

        test(triggerFilter()).click();
        long all = subjects.callAs("a1.slt", () -> providers.count(ProviderFilter.ANY));
        assertThat(test(grid()).size()).isEqualTo((int) all);
    }

    @Test
    void governors_see_the_flag_and_administrators_neither_flag_nor_filter() {
        signInAs("a1.governor");
        UI.getCurrent().navigate("providers", QueryParameters.of("trigger", "yes"));
        assertThat(statusCell(farm, "trigger")).isEqualTo("Over registration trigger");

        signInAs("a.admin");
        navigate(DashboardView.class);
        UI.getCurrent().navigate("providers", QueryParameters.of("trigger", "yes"));
        assertThat($(Checkbox.class).withCaption("Registration trigger").all()).isEmpty();
        long all = subjects.callAs("a.admin", () -> providers.count(ProviderFilter.ANY));
        assertThat(test(grid()).size()).isEqualTo((int) all);
        assertThat(statusCell(farm, "trigger")).isEmpty();
        assertThat(statusCell(farm, "status")).isNotBlank();
        navigate(ProviderView.class, farm);
        assertThat($(TriggerNotice.class).all()).isEmpty();
    }

    @Test
    void the_provider_page_says_why_with_the_trust_wide_counts() {
        signInAs("a1.dsl");
        navigate(ProviderView.class, farm);
        TriggerNotice notice = $(TriggerNotice.class).single();
        assertThat(texts(notice)).contains("Registration trigger",
                "Across the trust's schools: 1 pupil full-time, 1 with an EHCP.", "registered independent school");
        assertThat(texts(UI.getCurrent())).doesNotContain("Quinn", "Rosa");
    }

    @Test
    void the_trust_leads_dashboard_lists_the_provider_and_opens_the_filtered_register() {
        signInAs("a.trustlead");
        navigate(DashboardView.class);
        Div card = $(Div.class).withClassName("registration-trigger").single();
        assertThat($(Anchor.class, card).all()).extracting(Anchor::getHref)
                .contains("providers/" + farm, "providers?trigger=yes");
        assertThat(texts(card)).contains("1 pupil full-time, 1 with an EHCP", "Over trigger");

        signInAs("a1.slt");
        navigate(PlacementListView.class);
        navigate(DashboardView.class);
        assertThat($(Div.class).withClassName("registration-trigger").all()).isEmpty();
    }

    @Test
    void slt_open_the_ofsted_list_in_one_click_with_their_own_pupils_only() {
        signInAs("a1.slt");
        navigate(PlacementListView.class);
        test($(Button.class).withText("Ofsted-call list").single()).click();
        Div provider = $(Div.class).withClassName("ofsted-provider").all().stream()
                .filter(card -> texts(card).contains(farmName)).findFirst().orElseThrow();
        assertThat(texts(provider)).contains("Rosa Ownschool", "6 hours a week",
                "Registration trigger: 1 pupil full-time, 1 with an EHCP").doesNotContain("Quinn");
        assertThat($(Anchor.class).withClassName("ofsted-csv").single().getText()).isEqualTo("Download CSV");
        assertThat($(Anchor.class).withClassName("ofsted-pdf").single().getText()).isEqualTo("Download PDF");

        signInAs("a1.aplead");
        navigate(DashboardView.class);
        navigate(PlacementListView.class);
        assertThat($(Button.class).withText("Ofsted-call list").all()).isEmpty();
    }
}
