package uk.apassure.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import uk.apassure.ViewTest;
import uk.apassure.security.RouteAccessControl;
import uk.apassure.security.ui.LoginView;

/**
 * An unknown address, a missing record and a page the user's roles may not open all show the same
 * friendly page inside the app layout, with a way back to the dashboard.
 */
class NotFoundViewTest extends ViewTest {

    @Test
    void an_unknown_address_shows_the_friendly_page_inside_the_app_layout() {
        signInAs("a1.visitor");
        UI.getCurrent().navigate("nope");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Not found, or not yours to see");
        assertThat($(MainLayout.class).all()).hasSize(1);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Dashboard", "Providers");
        RouterLink back = $(RouterLink.class).withText("Back to the dashboard").single();
        assertThat(back.getHref()).isEmpty();
    }

    @Test
    void a_missing_record_and_a_malformed_id_show_the_same_page() {
        signInAs("a1.visitor");
        UI.getCurrent().navigate("providers/999999");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("audits/abc");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("visits/999999");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_page_the_roles_may_not_open_shows_the_same_page_as_an_unknown_one() {
        signInAs("a1.visitor");
        UI.getCurrent().navigate("admin/schools");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Not found, or not yours to see");
        assertThat($(MainLayout.class).all()).hasSize(1);
    }

    @Test
    void an_anonymous_user_at_an_unknown_address_signs_in_first_and_comes_back_to_it() {
        UI.getCurrent().navigate("nope");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(RouteAccessControl.takeRequestedLocation()).isEqualTo("nope");
    }
}
