package uk.apassure.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.apassure.ViewTest;

/** Each item of the side navigation has its own icon, so the menu reads at a glance. */
class MenuIconsTest extends ViewTest {

    @Test
    void no_two_menu_items_share_an_icon() {
        List<String> icons = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(route -> route.getNavigationTarget().getAnnotation(Menu.class))
                .filter(menu -> menu != null)
                .map(Menu::icon)
                .toList();
        assertThat(icons).hasSizeGreaterThan(4).doesNotContain("").doesNotHaveDuplicates();
    }
}
