package uk.apassure.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.Test;
import uk.apassure.ViewTest;
import uk.apassure.admin.ui.SchoolsView;
import uk.apassure.dashboard.ui.DashboardView;
import uk.apassure.provider.ui.ProviderListView;

/** Every route needs a signed-in user with the right role; the navigation offers only what opens. */
class RouteProtectionTest extends ViewTest {

    @Test
    void an_anonymous_user_is_sent_to_sign_in() {
        UI.getCurrent().navigate("providers");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_signed_in_user_opens_the_pages_of_their_roles() {
        signInAs("a1.visitor");
        assertThat(navigate(DashboardView.class)).isNotNull();
        assertThat(navigate(ProviderListView.class)).isNotNull();
    }

    @Test
    void a_user_without_the_role_gets_the_not_found_answer() {
        signInAs("a1.visitor");
        UI.getCurrent().navigate("admin/schools");
        assertThat(getCurrentView()).isNotInstanceOf(SchoolsView.class).isInstanceOf(HasErrorParameter.class);
    }

    @Test
    void administrators_and_trust_leads_open_schools_and_staff() {
        signInAs("a.admin");
        assertThat(navigate(SchoolsView.class)).isNotNull();
        signInAs("a.trustlead");
        assertThat(navigate(SchoolsView.class)).isNotNull();
    }

    @Test
    void the_navigation_hides_what_the_user_may_not_open() {
        signInAs("a1.visitor");
        navigate(DashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Dashboard", "Providers", "Audits", "Visits", "Placements", "My account");
    }

    @Test
    void the_navigation_shows_administration_to_administrators() {
        signInAs("a.admin");
        navigate(DashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Dashboard", "Providers", "Audits", "Reminder e-mails", "Accounts", "Schools and staff",
                        "Checklist templates", "School calendars", "Security log", "Retention", "My account");
    }

    @Test
    void the_sign_in_page_is_open_to_everyone() {
        assertThat(navigate(LoginView.class)).isNotNull();
    }
}
