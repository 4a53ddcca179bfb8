package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.apassure.RouteClasses;
import uk.apassure.attendance.ui.AttendanceView;
import uk.apassure.compare.ui.CompareView;
import uk.apassure.placement.ui.PlacementView;
import uk.apassure.review.ui.ReviewView;
import uk.apassure.visit.ui.VisitView;

/**
 * Routes name permissions, never roles (issue 13, "permissions in one place"): {@link Role} alone
 * says who holds a permission, and the routes and the services ask for the same ones.
 */
class RoutePermissionsTest {

    private static final List<Class<?>> ROUTES = RouteClasses.all();

    @Test
    void every_route_is_open_to_all_signed_in_users_or_names_its_permissions_and_none_names_roles() {
        assertThat(ROUTES).hasSizeGreaterThanOrEqualTo(25);
        for (Class<?> route : ROUTES) {
            assertThat(route.isAnnotationPresent(RolesAllowed.class)).as("%s names roles", route.getSimpleName())
                    .isFalse();
            long rules = Arrays.asList(AnonymousAllowed.class, PermitAll.class, RequiresPermission.class).stream()
                    .filter(route::isAnnotationPresent).count();
            assertThat(rules).as("%s has one access rule", route.getSimpleName()).isEqualTo(1);
        }
    }

    @Test
    void every_permission_a_route_names_exists_and_some_role_holds_it() {
        Set<String> known = Arrays.stream(Permission.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(RoutePermissionsTest::value).collect(Collectors.toSet());
        Set<String> held = Arrays.stream(Role.values()).flatMap(role -> role.permissions().stream())
                .collect(Collectors.toSet());
        for (Class<?> route : ROUTES) {
            RequiresPermission required = route.getAnnotation(RequiresPermission.class);
            if (required != null) {
                assertThat(required.value()).as(route.getSimpleName()).isNotEmpty();
                assertThat(known).as(route.getSimpleName()).contains(required.value());
                assertThat(held).as(route.getSimpleName()).contains(required.value());
            }
        }
    }

    @Test
    void pupil_pages_open_for_the_school_staff_who_work_with_pupils_never_for_governors_or_administrators() {
        assertThat(opening(PlacementView.class)).containsExactlyInAnyOrder(Role.AP_LEAD, Role.VISITOR, Role.DSL,
                Role.SLT, Role.HEADTEACHER, Role.ATTENDANCE, Role.SENCO, Role.TRUST_LEAD);
        assertThat(opening(ReviewView.class)).containsExactlyInAnyOrder(Role.AP_LEAD, Role.DSL, Role.SLT,
                Role.HEADTEACHER, Role.SENCO, Role.TRUST_LEAD);
        assertThat(opening(VisitView.class)).doesNotContain(Role.GOVERNOR, Role.ADMIN, Role.ATTENDANCE);
        // governors open the attendance and comparison pages, which show them counts only
        assertThat(opening(AttendanceView.class)).contains(Role.GOVERNOR).doesNotContain(Role.ADMIN);
        assertThat(opening(CompareView.class)).containsExactlyInAnyOrder(Role.TRUST_LEAD, Role.SLT,
                Role.HEADTEACHER, Role.GOVERNOR);
    }

    private static Set<Role> opening(Class<?> route) {
        Set<String> required = Set.of(route.getAnnotation(RequiresPermission.class).value());
        return Arrays.stream(Role.values()).filter(role -> role.permissions().stream().anyMatch(required::contains))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
