package uk.apassure.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.security.RouteAccessControl;

/**
 * The side navigation: every route with {@code @Menu} that the current user may open, by the
 * same rule that guards the route itself, so nobody is shown a link that leads nowhere.
 */
final class NavigationEntries {

    record Entry(String title, String path, double order, @Nullable VaadinIcon icon) {}

    private NavigationEntries() {}

    static List<Entry> forCurrentUser() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(Menu.class))
                .filter(route -> RouteAccessControl.canOpen(route.getNavigationTarget()))
                .map(NavigationEntries::entry)
                .sorted(Comparator.comparingDouble(Entry::order))
                .toList();
    }

    private static Entry entry(RouteData route) {
        Menu menu = route.getNavigationTarget().getAnnotation(Menu.class);
        VaadinIcon icon = menu.icon().isBlank() ? null : VaadinIcon.valueOf(menu.icon());
        return new Entry(menu.title(), "/" + route.getTemplate(), menu.order(), icon);
    }
}
